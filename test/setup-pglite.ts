import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { installJobsSchema } from '../server/jobs/boss.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates one in-memory PGlite (the job queue's schema included) and saves it; every test file starts its own
 * instance from this snapshot. The returned teardown deletes the snapshot (about 43 MB) when the run ends.
 */
export default async function setup(project: TestProject) {
  const pglite = await PGlite.create();
  const database = await openDatabase({ pglite });
  await migrate(database);
  await installJobsSchema(database);
  const snapshot = await pglite.dumpDataDir('none');
  const file = path.join(os.tmpdir(), `charla-pglite-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await snapshot.arrayBuffer()));
  await database.close();
  project.provide('pgliteSnapshot', file);
  return async () => {
    await rm(file, { force: true });
  };
}
