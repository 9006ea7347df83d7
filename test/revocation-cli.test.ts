import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { setupProcessDatabase } from './process-database.ts';

const run = promisify(execFile);

/** A local port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('charla set-password with Redis away', () => {
  const env = setupProcessDatabase();

  it('still resets the password and exits, saying the sockets end at the next credential check', async () => {
    const redisUrl = `redis://127.0.0.1:${await closedPort()}`;
    const charla = (...args: string[]) =>
      run(process.execPath, ['bin/charla.js', ...args], { env: { ...process.env, ...env, REDIS_URL: redisUrl } });
    const workspace = (await charla('create-workspace', '--name', 'Away Redis')).stdout.trim();
    await charla('create-admin', '--workspace', workspace, '--email', 'ana@example.com', '--name', 'Ana');
    const reset = await charla(
      'set-password',
      '--workspace',
      workspace,
      '--email',
      'ana@example.com',
      '--password',
      'a new secret 123',
    );
    expect(reset.stdout.trim()).toBe('a new secret 123');
    expect(reset.stderr).toContain('Redis unreachable: open sockets end at the next credential check');
  }, 120_000);
});
