import { sql } from 'kysely';
import { type Database, openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createTeammate } from '../../server/domain/teammates/service.ts';
import { createAccessToken } from '../../server/domain/tokens/service.ts';
import { createWorkspace } from '../../server/domain/workspaces/service.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function urlFor(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` against a maintenance connection (CREATE/DROP DATABASE cannot run inside one's own database). */
async function withServer(work: (database: Database) => Promise<void>): Promise<void> {
  const server = await openDatabase({ databaseUrl: TEST_DATABASE_URL, poolSize: 1 });
  try {
    await work(server);
  } finally {
    await server.close();
  }
}

/**
 * A new, empty database named `name` on the benchmark server (dropped first if a run left it behind), with
 * the app's default pool size (DATABASE_POOL_SIZE).
 */
export async function createBenchDatabase(name: string, poolSize = 10): Promise<Database> {
  await withServer(async ({ db }) => {
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(db);
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(db);
  });
  return openDatabase({ databaseUrl: urlFor(name), poolSize });
}

export async function dropBenchDatabase(name: string): Promise<void> {
  await withServer(async ({ db }) => {
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(db);
  });
}

/** A migrated bench database with one workspace and an admin's bearer token. */
export async function seedBenchWorkspace(name: string, workspaceName: string) {
  const database = await createBenchDatabase(name);
  await migrate(database);
  const workspace = await createWorkspace(database.db, { name: workspaceName });
  const admin = await createTeammate(database.db, {
    workspaceId: workspace.id,
    email: 'bench@example.com',
    name: 'Bench',
    role: 'admin',
    password: 'bench-password',
  });
  const { token } = await createAccessToken(database.db, {
    workspaceId: workspace.id,
    teammateId: admin.id,
    name: 'bench',
  });
  return { database, workspace, token };
}
