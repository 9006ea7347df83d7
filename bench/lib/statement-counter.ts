import pg from 'pg';

let statements = 0;
let isCounting = false;

/**
 * Counts every statement node-postgres sends in this process (the app's pool and the raw baselines alike), so a
 * benchmark can print round trips per operation beside its timings. Installed once; returns a reader.
 */
export function countStatements(): () => number {
  if (!isCounting) {
    const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements += 1;
      return query.apply(this, args);
    } as never;
    isCounting = true;
  }
  return () => statements;
}
