import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase, pgliteParsers } from '../server/db/database.ts';
import { randomId } from '../server/lib/secrets.ts';
import { databaseUrlFor, TEST_DATABASE_URL } from './postgres.ts';

export type TestDriver = 'pglite' | 'postgres';

export const testDriver: TestDriver = process.env.CHARLA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  /** For PostgreSQL: the URL of this file's database (other processes, e.g. the CLI, can open it). */
  url?: string;
  drop(): Promise<void>;
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE … TEMPLATE fails while another copy of the same template is being made: retry. */
async function copyTemplate(name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === '55006';
      if (!busy || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

/** A fresh, migrated database for one test file, on the driver of the current Vitest project. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDriver === 'pglite') {
    const snapshot = new Blob([await readFile(inject('pgliteSnapshot'))]);
    const pglite = await PGlite.create({ loadDataDir: snapshot, parsers: pgliteParsers });
    const database = await openDatabase({ pglite });
    return { database, drop: () => database.close() };
  }
  const template = inject('postgresTemplate');
  const name = `${template}_${randomId(8)}`;
  await copyTemplate(name, template);
  const url = databaseUrlFor(name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
