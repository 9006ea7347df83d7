import { call, type Visitor } from '../../test/handoffs.ts';
import type { RunningServer } from '../../test/server-process.ts';

/**
 * Runs `work` over `items` with `concurrency` loops taking the next item in turn; returns the elapsed ms and
 * each call's duration.
 */
export async function runShared<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        const at = performance.now();
        await work(item);
        latencies.push(performance.now() - at);
      }
    }),
  );
  return { elapsed: performance.now() - started, latencies };
}

/**
 * Each visitor starts a messenger conversation (handed off at once), visitor i against process i mod 2, with
 * `perProcess` in flight against each.
 */
export async function handOffAll(servers: RunningServer[], visitors: Visitor[], perProcess: number) {
  const started = performance.now();
  const runs = await Promise.all(
    servers.map((server, which) =>
      runShared(
        visitors.filter((visitor) => visitor.index % servers.length === which),
        perProcess,
        async (visitor) => {
          await call(server, { 'x-charla-visitor': visitor.token }, 'POST', '/api/messenger/conversations', {
            body: `Hello ${visitor.index}`,
            idempotency_key: `start-${visitor.index}`,
          });
        },
      ),
    ),
  );
  return { elapsed: performance.now() - started, latencies: runs.flatMap((run) => run.latencies) };
}
