import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { installJobsSchema } from '../server/jobs/boss.ts';
import { databaseUrlFor, TEST_DATABASE_URL } from './postgres.ts';

/** Migrates a template database once, job queue schema included; every test file copies it (CREATE DATABASE … TEMPLATE). */
export default async function setup(project: TestProject) {
  const template = `charla_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const database = await openDatabase({ databaseUrl: databaseUrlFor(template), poolSize: 1 });
  await migrate(database);
  await installJobsSchema(database);
  await database.close();
  // The pool's backends exit asynchronously; a template in use cannot be copied.
  while ((await admin.query('SELECT 1 FROM pg_stat_activity WHERE datname = $1', [template])).rowCount) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  project.provide('postgresTemplate', template);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE '${template}%'`,
    );
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}
