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

/** Jobs poll twice a second and webhooks retry after 1–2 s, so tests wait little; webhooks may post to 127.0.0.1. */
const TEST_ENV = {
  DEMO_WORKSPACE: 'false',
  LOG_LEVEL: 'silent',
  JOBS_POLL_INTERVAL_SECONDS: '0.5',
  WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_RETRY_DELAY_SECONDS: '1',
  WEBHOOK_RETRY_DELAY_MAX_SECONDS: '2',
  SECRET_KEY: 'test-only-secret-key-0123456789abcdef0123456789',
  JIRA_RETRY_DELAY_SECONDS: '1',
};

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ ...TEST_ENV, ...env });
}

/**
 * Builds an app on a fresh database for this test file (closed after it); with `listen`, on a free port for
 * real HTTP clients; with `jobs`, with its job queue started (workers included: webhooks). Use inside a
 * describe or at top level.
 */
export function setupTestApp(
  env: Record<string, string> = {},
  options: { listen?: boolean; jobs?: boolean } = {},
): TestApp {
  const handle = {} as TestApp;
  beforeAll(async () => {
    handle.testDatabase = await createTestDatabase();
    handle.db = handle.testDatabase.database.db;
    handle.config = testConfig(env);
    handle.app = await buildApp({ config: handle.config, database: handle.testDatabase.database });
    if (options.jobs) await handle.app.jobs.start();
    if (options.listen) handle.url = await handle.app.listen({ port: 0, host: '127.0.0.1' });
    else await handle.app.ready();
  });
  afterAll(async () => {
    await handle.app?.close();
    await handle.testDatabase?.drop();
  });
  return handle;
}
