import type { RunningServer } from '../../test/server-process.ts';
import type { Visitor } from '../../test/visitor-sessions.ts';

/** Every messenger conversation is handed off as it starts: the bot's first step is the hand-off. */
const HANDOFF_AT_ONCE = { start: 'done', steps: [{ type: 'handoff', id: 'done' }] };

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

async function call(server: RunningServer, headers: Record<string, string>, method: string, url: string, body = {}) {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Through the API: a round-robin team of `agentIds`, the workspace's default, and a workflow that hands off at once. */
export async function setUpHandOffTeam(server: RunningServer, adminToken: string, agentIds: number[]): Promise<number> {
  const admin = { authorization: `Bearer ${adminToken}` };
  const team = await call(server, admin, 'POST', '/api/teams', {
    name: 'Support',
    admin_ids: agentIds,
    distribution_method: 'round_robin',
  });
  await call(server, admin, 'PUT', '/api/assignment/settings', { default_team_id: team.id });
  const workflow = await call(server, admin, 'POST', '/api/workflows', {
    name: 'Hand off',
    enabled: true,
    definition: HANDOFF_AT_ONCE,
  });
  await call(server, admin, 'POST', `/api/workflows/${workflow.id}/publish`);
  return Number(team.id);
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
