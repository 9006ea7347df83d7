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
  /** http://127.0.0.1:<port>, when set up with `{ listen: true }`. */
  url: string;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DEMO_WORKSPACE: 'false', LOG_LEVEL: 'silent', ...env });
}

/**
 * Builds an app on a fresh database for this test file (closed after it); with `listen`, on a free port for
 * real HTTP clients. Use inside a describe or at top level.
 */
export function setupTestApp(env: Record<string, string> = {}, options: { listen?: boolean } = {}): TestApp {
  const handle = {} as TestApp;
  beforeAll(async () => {
    handle.testDatabase = await createTestDatabase();
    handle.db = handle.testDatabase.database.db;
    handle.config = testConfig(env);
    handle.app = await buildApp({ config: handle.config, database: handle.testDatabase.database });
    if (options.listen) handle.url = await handle.app.listen({ port: 0, host: '127.0.0.1' });
    else await handle.app.ready();
  });
  afterAll(async () => {
    await handle.app?.close();
    await handle.testDatabase?.drop();
  });
  return handle;
}
