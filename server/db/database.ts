import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PreparingClient } from './prepared.ts';
import type { DB } from './schema.ts';

/** A raw session inside one transaction, for work the query builder does not cover (migration scripts). */
export interface RawTransaction {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec(script: string): Promise<void>;
}

export interface Database {
  db: Kysely<DB>;
  driver: 'pglite' | 'postgres';
  /** The embedded instance, when the driver is PGlite (tests snapshot it). */
  pglite?: PGlite;
  /** The server's address, when the driver is PostgreSQL (the job queue opens its own small pool). */
  connectionString?: string;
  rawTransaction<T>(work: (tx: RawTransaction) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { databaseUrl: string; poolSize?: number; preparedStatements?: boolean }
  | { dataDir: string }
  | { pglite: PGlite };

const INT8_OID = 20;

/** bigint ids stay well inside 2^53, so both drivers hand them out as numbers. */
function parseInt8(value: string): number | bigint {
  const big = BigInt(value);
  return big > BigInt(Number.MAX_SAFE_INTEGER) ? big : Number(big);
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options)
    return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.preparedStatements ?? true);
  const pglite =
    'pglite' in options ? options.pglite : await PGlite.create(options.dataDir, { parsers: { [INT8_OID]: parseInt8 } });
  return wrapPGlite(pglite);
}

/** Options for a PGlite instance made outside `openDatabase` (tests start from a snapshot). */
export const pgliteParsers = { [INT8_OID]: parseInt8 };

function wrapPGlite(pglite: PGlite): Database {
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    driver: 'pglite',
    pglite,
    rawTransaction: (work) =>
      pglite.transaction((tx) =>
        work({
          query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
          exec: async (script) => {
            await tx.exec(script);
          },
        }),
      ),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/** The pool's own listener reports the error; this one only keeps an unheld `error` event from ending the process. */
function ignoreDroppedConnection(): void {}

function openPostgres(connectionString: string, max: number, preparedStatements: boolean): Database {
  const pool = new pg.Pool({
    connectionString,
    max,
    // Hot statements prepared once per connection (see prepared.ts); off behind a transaction-mode pooler.
    ...(preparedStatements ? { Client: PreparingClient } : {}),
    // While the server is unreachable, a request waiting for a connection fails (503) instead of hanging.
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A connection the server drops (restart, failover) must not crash the process. The pool reports and replaces
  // idle ones; a checked-out connection has no listener of the pool's, so each gets its own: the query in flight
  // (or the next one) fails with a 503 and the pool discards the connection when it is released.
  pool.on('error', (error) => console.error(`PostgreSQL idle connection error: ${error.message}`));
  pool.on('connect', (client) => {
    client.on('error', ignoreDroppedConnection);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    driver: 'postgres',
    connectionString,
    rawTransaction: async (work) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <T>(text: string, params?: unknown[]) =>
            (await client.query(text, params as unknown[])).rows as T[],
          exec: async (script) => {
            await client.query(script);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // On a dropped connection the rollback fails too: throw the first error and discard the client.
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      await db.destroy();
      // Kysely ends the pool only if it ran a query itself; raw transactions use the pool directly.
      if (!pool.ended) await pool.end();
    },
  };
}
