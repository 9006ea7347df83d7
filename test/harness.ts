import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../server/app.ts';
import { type Config, loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/index.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  testDatabase: TestDatabase;
  config: Config;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DEMO_WORKSPACE: 'false', LOG_LEVEL: 'silent', ...env });
}

/** Builds an app on a fresh database for this test file (closed after it). Use inside a describe or at top level. */
export function setupTestApp(env: Record<string, string> = {}): TestApp {
  const handle = {} as TestApp;
  beforeAll(async () => {
    handle.testDatabase = await createTestDatabase();
    handle.db = handle.testDatabase.database.db;
    handle.config = testConfig(env);
    handle.app = await buildApp({ config: handle.config, database: handle.testDatabase.database });
    await handle.app.ready();
  });
  afterAll(async () => {
    await handle.app?.close();
    await handle.testDatabase?.drop();
  });
  return handle;
}
