import type { Kysely, Selectable } from 'kysely';
import type { DB, TeammatesTable, TeamsTable, WorkspacesTable } from './schema.ts';

export type Db = Kysely<DB>;
export type WorkspaceRow = Selectable<WorkspacesTable>;
export type TeammateRow = Selectable<TeammatesTable>;
export type TeamRow = Selectable<TeamsTable>;

/** Postgres' unique_violation, raised the same way by node-postgres and PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/** Runs `work` in a transaction, joining the caller's when `db` is one already (services compose). */
export function withTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
