import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * PostgreSQL parses and plans every unnamed statement again; for the write path's statements planning costs as
 * much as running them (measured with pg_stat_statements: docs/benchmarks.md). A client of this class names a
 * statement once it has run `HOT_AFTER` times in this process, so each connection parses it once and PostgreSQL
 * may keep its plan. Only parameterized statements are named (BEGIN, COMMIT and scripts stay simple queries),
 * and at most `PER_CONNECTION` per connection, so statements whose text varies (lists of ids) cannot pile up.
 * A statement PostgreSQL can no longer run as prepared (a migration changed the table under it, during a rolling
 * upgrade) fails once and is never named again.
 */
const HOT_AFTER = 2;
const PER_CONNECTION = 200;
const DISTINCT_TEXTS = 5000;

interface TextState {
  seen: number;
  name?: string;
  isRetired?: boolean;
}

const texts = new Map<string, TextState>();

/** Errors of a prepared statement outliving its table's shape ("cached plan must not change result type"). */
const STALE_CODES = new Set(['0A000', '26000']);

function stateOf(text: string): TextState | undefined {
  let state = texts.get(text);
  if (!state) {
    if (texts.size >= DISTINCT_TEXTS) return undefined;
    state = { seen: 0 };
    texts.set(text, state);
  }
  return state;
}

export class PreparingClient extends pg.Client {
  private named = 0;

  // biome-ignore lint/suspicious/noExplicitAny: node-postgres' overloads are re-dispatched unchanged.
  override query(...args: any[]): any {
    const [text, values] = args;
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values) || values.length === 0)
      return super.query(...(args as Parameters<pg.Client['query']>));
    const state = stateOf(text);
    if (!state || state.isRetired) return super.query(text, values);
    state.seen += 1;
    const known = state.name !== undefined && this.connection.parsedStatements[state.name] !== undefined;
    if (!known && (state.seen <= HOT_AFTER || this.named >= PER_CONNECTION)) return super.query(text, values);
    state.name ??= `charla_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (!known) this.named += 1;
    return (super.query({ name: state.name, text, values }) as Promise<pg.QueryResult>).catch((error: unknown) => {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && STALE_CODES.has(code)) state.isRetired = true;
      throw error;
    });
  }
}

declare module 'pg' {
  interface Connection {
    parsedStatements: Record<string, string>;
  }
}
