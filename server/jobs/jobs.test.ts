import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { testConfig } from '../../test/harness.ts';
import { createJobs, type Jobs } from './jobs.ts';
import type { QueuePolicies } from './queues.ts';

type TestQueues = { 'test.echo': { n: number }; 'test.flaky': { n: number } };

const QUEUES: QueuePolicies<TestQueues> = {
  'test.echo': { retryLimit: 0, retryDelaySeconds: 1, retryDelayMaxSeconds: 1, expireInSeconds: 30, concurrency: 3 },
  'test.flaky': { retryLimit: 3, retryDelaySeconds: 1, retryDelayMaxSeconds: 30, expireInSeconds: 30, concurrency: 1 },
};

let testDatabase: TestDatabase;
const running: Jobs<TestQueues>[] = [];

function jobsOn(database = testDatabase): Jobs<TestQueues> {
  const jobs = createJobs<TestQueues>({ database: database.database, config: testConfig(), queues: QUEUES });
  running.push(jobs);
  return jobs;
}

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((jobs) => jobs.stop()));
});
afterAll(async () => {
  await testDatabase?.drop();
});

const waitFor = (check: () => void, timeout = 15_000) => vi.waitFor(check, { timeout, interval: 50 });

describe('jobs', () => {
  it('runs a job sent in a committed transaction and never one sent in a transaction that rolled back', async () => {
    const jobs = jobsOn();
    await jobs.start();
    const seen: number[] = [];
    await jobs.work('test.echo', async ({ data }) => {
      seen.push(data.n);
    });
    const { db } = testDatabase.database;
    await expect(
      db.transaction().execute(async (trx) => {
        await jobs.send('test.echo', { n: 1 }, { trx });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await db.transaction().execute(async (trx) => {
      await jobs.send('test.echo', { n: 2 }, { trx });
    });
    await waitFor(() => expect(seen).toEqual([2]));
    const { rows } = await sql<{ count: number }>`
      SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'test.echo'`.execute(db);
    expect(rows[0]?.count).toBe(1);
  });

  it('retries a failing handler with growing delays, then succeeds', async () => {
    const jobs = jobsOn();
    await jobs.start();
    const attempts: { attempt: number; at: number; isLastAttempt: boolean }[] = [];
    await jobs.work('test.flaky', async ({ attempt, isLastAttempt }) => {
      attempts.push({ attempt, at: performance.now(), isLastAttempt });
      if (attempt < 3) throw new Error(`attempt ${attempt} fails`);
    });
    await jobs.send('test.flaky', { n: 1 });
    await waitFor(() => expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]));
    const [first, second, third] = attempts.map((a) => a.at) as [number, number, number];
    // Backoff from a 1 s base: the first retry waits 1–2 s, the second twice that (2–4 s, with jitter).
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1_900);
    expect(attempts.every((a) => !a.isLastAttempt)).toBe(true);
    await waitFor(async () => expect((await jobs.stats()).find((q) => q.queue === 'test.flaky')?.retrying).toBe(0));
  });

  it('counts a job whose last attempt failed as failed', async () => {
    const jobs = jobsOn();
    await jobs.start();
    const lastAttempts: boolean[] = [];
    await jobs.work('test.echo', async ({ isLastAttempt }) => {
      lastAttempts.push(isLastAttempt);
      throw new Error('always fails');
    });
    const before = (await jobs.stats()).find((q) => q.queue === 'test.echo')?.failed ?? 0;
    await jobs.send('test.echo', { n: 3 });
    await waitFor(async () =>
      expect((await jobs.stats()).find((q) => q.queue === 'test.echo')?.failed).toBe(before + 1),
    );
    expect(lastAttempts).toEqual([true]);
  });

  it('keeps a job sent before stop() and runs it once a new instance starts (restart)', async () => {
    const first = jobsOn();
    await first.start();
    await first.send('test.echo', { n: 42 });
    await first.stop();

    const seen: number[] = [];
    const second = jobsOn();
    await second.work('test.echo', async ({ data }) => {
      seen.push(data.n);
    });
    await second.start();
    await waitFor(() => expect(seen).toEqual([42]));
  });

  it('runs each job once when two instances work the same queue', async () => {
    const seen: number[] = [];
    const instances = [jobsOn(), jobsOn()];
    for (const jobs of instances) {
      await jobs.work('test.echo', async ({ data }) => {
        seen.push(data.n);
      });
    }
    await Promise.all(instances.map((jobs) => jobs.start()));
    const sent = Array.from({ length: 20 }, (_, index) => 100 + index);
    for (const n of sent) await instances[n % 2]?.send('test.echo', { n });
    await waitFor(() => expect(seen).toHaveLength(sent.length));
    expect([...seen].sort()).toEqual(sent);
  });

  it('installs its schema once when two instances start together on a database without it', async () => {
    const fresh = await createTestDatabase();
    try {
      await sql`DROP SCHEMA pgboss CASCADE`.execute(fresh.database.db);
      const instances = [jobsOn(fresh), jobsOn(fresh)];
      await Promise.all(instances.map((jobs) => jobs.start()));
      const seen: number[] = [];
      await instances[0]?.work('test.echo', async ({ data }) => {
        seen.push(data.n);
      });
      await instances[1]?.send('test.echo', { n: 7 });
      await waitFor(() => expect(seen).toEqual([7]));
    } finally {
      await Promise.all(running.splice(0).map((jobs) => jobs.stop()));
      await fresh.drop();
    }
  });
});
