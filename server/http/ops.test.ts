import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../test/harness.ts';

const t = setupTestApp();

describe('operations endpoints', () => {
  it('runs on Node 24 LTS', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('answers /healthz', async () => {
    const response = await t.app.inject({ url: '/healthz' });
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz after checking the database, and 503 when it is gone', async () => {
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(t.testDatabase.database.driver);

    const original = t.app.database.ping;
    t.app.database.ping = async () => {
      throw new Error('connection refused');
    };
    const down = await t.app.inject({ url: '/readyz' });
    t.app.database.ping = original;
    expect(down.statusCode).toBe(503);
  });

  it('exposes Prometheus metrics counting requests by route', async () => {
    await t.app.inject({ url: '/api/me' });
    const response = await t.app.inject({ url: '/metrics' });
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toMatch(/charla_http_requests_total\{method="GET",route="\/api\/me",status="401"\} 1/);
    expect(response.body).toContain('charla_process_cpu_user_seconds_total');
  });

  it('sends security headers', async () => {
    const response = await t.app.inject({ url: '/healthz' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });
});
