/**
 * Round-robin assignment across two app processes sharing PostgreSQL and Redis: visitors (seeded with their
 * messenger sessions) start messenger conversations through the HTTP API, a published workflow hands each off
 * as it starts, and the workspace's default team (three active agents) assigns it under its team-row lock;
 * 64 in flight, 32 against each process. The raw baseline, in the same run on the same database, is
 * node-postgres doing only that serialisation point with 64 clients: BEGIN; SELECT the team row FOR UPDATE;
 * UPDATE its cursor; UPDATE the conversation; COMMIT.
 * `npm run bench:assign`; TEST_DATABASE_URL and REDIS_URL pick the servers, HAND_OFFS the size (default
 * 2,000), IN_FLIGHT the concurrency (default 64), ASSIGN_PROFILE=1 samples the lock queue during the timed
 * run. Creates/drops `charla_bench_assign`.
 */
import pg from 'pg';
import { createTeammate } from '../server/domain/teammates/service.ts';
import { seedVisitors, setUpHandOffTeam, type Visitor } from '../test/handoffs.ts';
import { type RunningServer, startServerProcess, stopServerProcess } from '../test/server-process.ts';
import { dropBenchDatabase, seedBenchWorkspace, TEST_DATABASE_URL } from './lib/bench-database.ts';
import { handOffAll } from './lib/handoffs.ts';
import { printLockProfile, sampleLockQueue } from './lib/lock-profile.ts';
import { measureRawAssign, type RawTarget, seedRawTarget } from './lib/raw-assign.ts';
import { formatTable, percentile } from './lib/stats.ts';

const DATABASE = 'charla_bench_assign';
const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 64);
const HAND_OFFS = Number(process.env.HAND_OFFS ?? 2_000);
const WARMUP = 128;
const PROFILE = process.env.ASSIGN_PROFILE === '1';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const databaseUrl = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();

interface Seed {
  workspaceId: string;
  token: string;
  agentIds: number[];
  visitors: Visitor[];
  raw: RawTarget;
}

async function seed(): Promise<Seed> {
  const { database, workspace, token } = await seedBenchWorkspace(DATABASE, 'Assign bench');
  try {
    const agentIds = [];
    for (const name of ['Alba', 'Bruno', 'Carla']) {
      const agent = await createTeammate(database.db, {
        workspaceId: workspace.id,
        email: `${name.toLowerCase()}@example.com`,
        name,
        role: 'agent',
        password: 'bench-password',
      });
      agentIds.push(agent.id);
    }
    const visitors = await seedVisitors(database.db, workspace.id, WARMUP + HAND_OFFS);
    const raw = await seedRawTarget(database.db, WARMUP + HAND_OFFS);
    return { workspaceId: workspace.id, token, agentIds, visitors, raw };
  } finally {
    await database.close();
  }
}

/** Per agent, how many conversations the workspace's assignment gave them; and the assignment parts written. */
async function assignedInDatabase(workspaceId: string, agentIds: number[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const byAgent = await client.query<{ admin_assignee_id: string | null; count: string }>(
      'SELECT admin_assignee_id, count(*) FROM conversations WHERE workspace_id = $1 GROUP BY 1',
      [workspaceId],
    );
    const parts = await client.query<{ parts: string; conversations: string }>(
      `SELECT count(*) AS parts, count(DISTINCT conversation_id) AS conversations FROM conversation_parts
       WHERE workspace_id = $1 AND part_type = 'assignment'`,
      [workspaceId],
    );
    const counts = new Map(byAgent.rows.map((row) => [Number(row.admin_assignee_id), Number(row.count)]));
    return {
      perAgent: agentIds.map((id) => counts.get(id) ?? 0),
      unassigned: byAgent.rows.find((row) => row.admin_assignee_id === null)?.count ?? '0',
      parts: Number(parts.rows[0]?.parts),
      conversations: Number(parts.rows[0]?.conversations),
    };
  } finally {
    await client.end();
  }
}

async function measureCharla(data: Seed) {
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_KEY_PREFIX: `bench-${process.pid}`,
    DEMO_WORKSPACE: 'false',
    SAMPLE_SITE_PORT: '-1',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '16',
    // Every visitor here comes from 127.0.0.1.
    MESSENGER_REQUESTS_PER_IP_PER_MINUTE: '100000000',
    NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '',
  };
  const servers: RunningServer[] = [];
  try {
    servers.push(await startServerProcess(env), await startServerProcess(env));
    await setUpHandOffTeam(servers[0] as RunningServer, data.token, data.agentIds);
    await handOffAll(servers, data.visitors.slice(0, WARMUP), IN_FLIGHT / 2);
    const sampler = PROFILE ? sampleLockQueue(TEST_DATABASE_URL, DATABASE) : undefined;
    const timed = await handOffAll(servers, data.visitors.slice(WARMUP), IN_FLIGHT / 2);
    return { ...timed, profile: await sampler?.stop() };
  } finally {
    for (const server of servers) await stopServerProcess(server);
  }
}

const spread = (counts: number[]) => Math.max(...counts) - Math.min(...counts);

const data = await seed();
try {
  const raw = await measureRawAssign(databaseUrl, data.raw, IN_FLIGHT, WARMUP);
  const charla = await measureCharla(data);
  const assigned = await assignedInDatabase(data.workspaceId, data.agentIds);
  const rawRate = raw.count / (raw.elapsed / 1000);
  const charlaRate = HAND_OFFS / (charla.elapsed / 1000);
  const rawCounts = data.raw.agentIds.map((id) => raw.counts.get(id) ?? 0);
  console.log(
    `\nAssignment: ${HAND_OFFS} hand-offs (after ${WARMUP} warm-up), ${IN_FLIGHT} in flight, one round-robin team ` +
      'of 3 agents, 2 app processes + Redis, PostgreSQL\n',
  );
  console.log(
    formatTable(
      ['run', 'assignments/s', 'p50 ms', 'p99 ms', 'per agent', 'spread'],
      [
        [
          'raw node-postgres lock + 2 UPDATEs',
          rawRate,
          percentile(raw.latencies, 0.5),
          percentile(raw.latencies, 0.99),
          rawCounts.join(' / '),
          spread(rawCounts),
        ],
        [
          'Charla messenger start → bot hand-off → assignment',
          charlaRate,
          percentile(charla.latencies, 0.5),
          percentile(charla.latencies, 0.99),
          assigned.perAgent.join(' / '),
          spread(assigned.perAgent),
        ],
      ],
    ),
  );
  console.log(`\nratio (Charla / raw assignments per second): ${(charlaRate / rawRate).toFixed(2)}`);
  console.log(
    `fairness spread (max − min conversations per agent, warm-up included): ${spread(assigned.perAgent)}; ` +
      `${assigned.parts} assignment parts on ${assigned.conversations} conversations, ${assigned.unassigned} unassigned`,
  );
  if (charla.profile) printLockProfile(charla.profile);
} finally {
  await dropBenchDatabase(DATABASE);
}
