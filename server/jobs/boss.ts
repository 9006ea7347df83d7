import { type ConstructorOptions, fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '../db/database.ts';

/** pg-boss keeps its tables in a schema of its own, beside Charla's. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * pg-boss on the app's database: on PostgreSQL with a small pool of its own (3 connections, one of them
 * listening for new jobs); on PGlite through pg-boss's adapter, which shares the one embedded session (PGlite
 * serialises it, so a job query waits for a transaction in progress instead of running inside it).
 */
export function createBoss(database: Database, options: Partial<ConstructorOptions> = {}): PgBoss {
  const common = { schema: JOBS_SCHEMA, useListenNotify: true, ...options };
  if (database.pglite) return new PgBoss({ ...common, db: fromPglite(database.pglite), backend: 'pglite' });
  if (!database.connectionString) throw new Error('the job queue needs PGlite or a PostgreSQL connection string');
  return new PgBoss({ ...common, connectionString: database.connectionString, max: 3 });
}

const pgliteStarts = new WeakMap<object, Promise<unknown>>();

/**
 * Runs `start` after any other start on the same PGlite has finished. Two instances in one process share
 * PGlite's one session, where pg-boss's install-race handling (a lock, then tolerating "already exists") does
 * not apply; processes sharing PostgreSQL need nothing of the sort.
 */
export function startInTurn<T>(database: Database, start: () => Promise<T>): Promise<T> {
  if (!database.pglite) return start();
  const previous = pgliteStarts.get(database.pglite) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(start);
  pgliteStarts.set(database.pglite, next);
  return next;
}

/**
 * Creates (or upgrades) pg-boss's schema and stops: test setups run it before taking the database snapshot, so
 * each test's queue starts in milliseconds. pg-boss creates it under an advisory lock and tolerates a process
 * that lost the race, so several processes may start at once.
 */
export async function installJobsSchema(database: Database): Promise<void> {
  const boss = createBoss(database, { supervise: false, schedule: false, registerInstance: false });
  await boss.start();
  await boss.stop({ graceful: false });
}
