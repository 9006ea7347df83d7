import { describe, expect, it } from 'vitest';
import { testDriver } from './database.ts';
import { setupProcessDatabase } from './process-database.ts';
import { startServerProcess as startServer, stopServerProcess as stop } from './server-process.ts';

// A process start (migrations, the demo workspace) on a busy 2-core machine can take far longer than the default.
const PROCESS_TEST_TIMEOUT = 120_000;

describe('the server process', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  const env = setupProcessDatabase({ DEMO_ADMIN_PASSWORD: 'demo-password-123' });

  it('starts on Node 24 with a demo workspace, serves, and shuts down gracefully on SIGTERM', async () => {
    const server = await startServer(env);
    expect(server.output()).toContain('node v24.');
    expect(server.output()).toContain('Demo workspace created. Sign in as ana@demo.charla.test');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ok', database: testDriver });
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@demo.charla.test', password: 'demo-password-123' }),
    });
    expect(signIn.status).toBe(200);
    expect((await signIn.json()).admin.app.name).toBe('Charla Demo');
    expect(server.output()).toMatch(/"msg":"Charla is listening"/);

    const site = /Sample website with the messenger: (http:\/\/localhost:\d+)/.exec(server.output())?.[1];
    expect(site).toBeDefined();
    const page = await fetch(`${site?.replace('localhost', '127.0.0.1')}/?lang=es`);
    expect(page.headers.get('content-security-policy')).toContain(
      `frame-src ${server.url.replace('127.0.0.1', 'localhost')}`,
    );
    expect(await page.text()).toMatch(/<script src="http:\/\/localhost:\d+\/widget\/[a-z0-9]+" async><\/script>/);

    expect(await stop(server)).toBe(0);
    expect(server.output()).toContain('shutdown complete');
  });

  it('keeps its data across restarts and does not create the demo twice', async () => {
    const server = await startServer(env);
    expect(server.output()).not.toContain('Demo workspace created');
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@demo.charla.test', password: 'demo-password-123' }),
    });
    expect(signIn.status).toBe(200);
    expect(await stop(server)).toBe(0);
  });
});
