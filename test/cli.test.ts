import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import type { Database } from '../server/db/database.ts';
import { openDatabase } from '../server/db/database.ts';
import { createTestDatabase, type TestDatabase, testDriver } from './database.ts';
import { testConfig } from './harness.ts';

const run = promisify(execFile);

/** The CLI runs as its own process against the same database the server would use. */
describe('charla CLI', () => {
  let env: Record<string, string>;
  let testDatabase: TestDatabase | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (testDriver === 'postgres') {
      testDatabase = await createTestDatabase();
      env = { DATABASE_URL: testDatabase.url ?? '' };
    } else {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'charla-cli-'));
      env = { DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    await testDatabase?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const charla = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, ['bin/charla.js', ...args], {
      env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' },
    });
    return stdout.trim();
  };

  async function openSameDatabase(): Promise<Database> {
    return testDatabase ? testDatabase.database : openDatabase({ dataDir: dataDir ?? '' });
  }

  it('migrates, creates a workspace, an admin and a token that the API accepts', async () => {
    expect(await charla('migrate')).toBe('Migrations are up to date.');
    const workspaceId = await charla('create-workspace', '--name', 'Acme', '--slug', 'acme');
    expect(workspaceId).toMatch(/^[a-z0-9]{10}$/);
    const password = await charla('create-admin', '--workspace', 'acme', '--email', 'Boss@Acme.test', '--name', 'Boss');
    expect(password.length).toBeGreaterThanOrEqual(12);
    const token = await charla('create-token', '--workspace', workspaceId, '--name', 'ci');
    expect(token).toMatch(new RegExp(`^charla_${workspaceId}_`));
    expect(await charla('messenger-snippet', '--workspace', 'acme')).toBe(
      `<script src="http://localhost:3000/widget/${workspaceId}" async></script>`,
    );

    const database = await openSameDatabase();
    const app = await buildApp({ config: testConfig(), database });
    const me = await app.inject({ url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'boss@acme.test', password },
    });
    await app.close();
    if (!testDatabase) await database.close();
    expect(me.json()).toMatchObject({ email: 'boss@acme.test', role: 'admin', app: { id_code: workspaceId } });
    expect(signIn.statusCode).toBe(200);
  }, 120_000);

  it('fails with a message and a non-zero exit for an unknown workspace or command', async () => {
    await expect(charla('create-token', '--workspace', 'nope', '--name', 'x')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No workspace "nope"'),
    });
    await expect(charla('frobnicate')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage') });
    await expect(charla('set-password', '--bogus')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option '--bogus'[\s\S]*Usage/),
    });
  });

  it('prints how to use it with --help, for any command', async () => {
    expect(await charla('set-password', '--help')).toContain('set-password --workspace <id|slug> --email <email>');
  });
});
