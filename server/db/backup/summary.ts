import { sql } from 'kysely';
import type { Database } from '../database.ts';

export interface DatabaseSummary {
  migrations: number;
  lastMigration: string | undefined;
  workspaces: number;
  conversations: number;
  parts: number;
}

/** What a restored database holds, for the operator to recognise it (all workspaces: an operator's view). */
export async function summarizeDatabase(database: Database): Promise<DatabaseSummary> {
  const [migrations] = (
    await sql<{ count: number; last: string | null }>`
      SELECT count(*)::int AS count, max(name) AS last FROM schema_migrations`.execute(database.db)
  ).rows;
  const [counts] = (
    await sql<{ workspaces: number; conversations: number; parts: number }>`
      SELECT (SELECT count(*)::int FROM workspaces) AS workspaces,
             (SELECT count(*)::int FROM conversations) AS conversations,
             (SELECT count(*)::int FROM conversation_parts) AS parts`.execute(database.db)
  ).rows;
  return {
    migrations: migrations?.count ?? 0,
    lastMigration: migrations?.last ?? undefined,
    workspaces: counts?.workspaces ?? 0,
    conversations: counts?.conversations ?? 0,
    parts: counts?.parts ?? 0,
  };
}

export function describeSummary(summary: DatabaseSummary): string {
  return (
    `${summary.migrations} migrations (last ${summary.lastMigration ?? 'none'}), ${summary.workspaces} workspaces, ` +
    `${summary.conversations} conversations, ${summary.parts} conversation parts`
  );
}
