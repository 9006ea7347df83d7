import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase, testDriver } from './database.ts';

/**
 * Environment for server or CLI processes of this test file: a fresh PostgreSQL database
 * (`DATABASE_URL`), or an empty PGlite data directory (`DATA_DIR`), removed after the file.
 */
export function setupProcessDatabase(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { ...extra };
  let testDatabase: TestDatabase | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    if (testDriver === 'postgres') {
      testDatabase = await createTestDatabase();
      await testDatabase.database.close();
      Object.assign(env, { DATABASE_URL: testDatabase.url ?? '' });
    } else {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'charla-process-'));
      Object.assign(env, { DATA_DIR: dataDir, DATABASE_URL: '' });
    }
  });
  afterAll(async () => {
    await testDatabase?.drop().catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return env;
}
