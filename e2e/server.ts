import type { AddressInfo } from 'node:net';
import { buildApp } from '../server/app.ts';
import type { Db } from '../server/db/index.ts';
import { registerRealtime } from '../server/realtime/register.ts';
import { createTestDatabase } from '../test/database.ts';
import { testConfig } from '../test/harness.ts';

export interface RunningServer {
  baseUrl: string;
  db: Db;
  close: () => Promise<void>;
}

/**
 * The real server, realtime gateway included, on a free port and a fresh database, for a browser to talk to;
 * `env` adds settings, and `jobs` starts its job queue (webhook deliveries).
 */
export async function startTestServer(
  options: { env?: Record<string, string>; jobs?: boolean } = {},
): Promise<RunningServer> {
  const testDatabase = await createTestDatabase();
  const app = await buildApp({ config: testConfig(options.env), database: testDatabase.database });
  if (options.jobs) await app.jobs.start();
  await registerRealtime(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    db: testDatabase.database.db,
    close: async () => {
      await app.close();
      await testDatabase.drop();
    },
  };
}
