import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentDecision } from '../protocol/assignment.ts';
import type { Db } from '../server/db/index.ts';
import { randomId } from '../server/lib/secrets.ts';
import { createTestDatabase, type TestDatabase, testDriver } from './database.ts';
import { bearer, buildTeammate, buildToken, buildWorkspace } from './factories.ts';
import { call, seedVisitors, setUpHandOffTeam } from './handoffs.ts';
import { pause } from './realtime-client.ts';
import { type RunningServer, startServerProcess, stopServerProcess } from './server-process.ts';

const HAND_OFFS = 1_000;
const IN_FLIGHT_PER_PROCESS = 32;
interface Team {
  workspaceId: string;
  teamId: number;
  /** Ascending ids: the rotation's order. */
  agents: { id: number; token: string }[];
}

/** A workspace whose default team (round robin) has three active agents, and a workflow that hands off at once. */
async function buildRoundRobinTeam(db: Db, server: RunningServer): Promise<Team> {
  const workspace = await buildWorkspace(db, 'Assign Co');
  const adminToken = await buildToken(db, await buildTeammate(db, workspace.id, { role: 'admin' }));
  const agents = [];
  for (const name of ['Alba', 'Bruno', 'Carla']) {
    const agent = await buildTeammate(db, workspace.id, { name });
    agents.push({ id: agent.id, token: await buildToken(db, agent) });
  }
  const teamId = await setUpHandOffTeam(
    server,
    adminToken,
    agents.map((agent) => agent.id),
  );
  return { workspaceId: workspace.id, teamId, agents: agents.sort((a, b) => a.id - b.id) };
}

/** A visitor starts a messenger conversation, which the bot hands off as it starts. */
function startConversation(server: RunningServer, visitorToken: string, index: number) {
  return call(server, { 'x-charla-visitor': visitorToken }, 'POST', '/api/messenger/conversations', {
    body: `Hello ${index}`,
    idempotency_key: `start-${index}`,
  });
}

/** Each visitor starts a conversation, alternating between the processes, each with a bounded number in flight. */
async function handOffAcross(servers: RunningServer[], visitorTokens: string[]): Promise<void> {
  await Promise.all(
    servers.flatMap((server, which) => {
      let next = which;
      return Array.from({ length: IN_FLIGHT_PER_PROCESS }, async () => {
        for (let index = next; index < visitorTokens.length; index = next) {
          next += servers.length;
          await startConversation(server, visitorTokens[index] as string, index);
        }
      });
    }),
  );
}

interface AssignmentPart {
  conversation_id: number;
  author_type: string;
  assigned_to_type: string | null;
  assigned_to_id: number | null;
  decision: AssignmentDecision;
}

/** The workspace's assignment parts in the order they were written (ids are taken under the team lock). */
async function assignmentParts(db: Db, workspaceId: string): Promise<AssignmentPart[]> {
  const rows = await db
    .selectFrom('conversation_parts')
    .select(['conversation_id', 'author_type', 'assigned_to_type', 'assigned_to_id', 'metadata'])
    .where('workspace_id', '=', workspaceId)
    .where('part_type', '=', 'assignment')
    .orderBy('id')
    .execute();
  return rows.map(({ metadata, ...row }) => ({
    ...row,
    decision: (metadata as { assignment: AssignmentDecision }).assignment,
  }));
}

/** How many conversations each teammate holds, by teammate id (null: nobody). */
async function assigneeCounts(db: Db, workspaceId: string): Promise<Map<number | null, number>> {
  const rows = await db
    .selectFrom('conversations')
    .select(['admin_assignee_id', (eb) => eb.fn.countAll<string>().as('count')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('admin_assignee_id')
    .execute();
  return new Map(rows.map((row) => [row.admin_assignee_id, Number(row.count)]));
}

async function countAssignmentParts(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('conversation_parts')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('workspace_id', '=', workspaceId)
    .where('part_type', '=', 'assignment')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Each decision against the one before it: the first eligible teammate (by id) after the previous choice,
 * wrapping around. Returns the positions where the rotation was not followed.
 */
function rotationBreaks(parts: AssignmentPart[]): string[] {
  const breaks: string[] = [];
  let last: number | null = null;
  parts.forEach(({ decision }, position) => {
    const eligible = decision.candidates.filter((candidate) => candidate.eligible).map((c) => c.teammate_id);
    const expected = eligible.find((id) => last === null || id > last) ?? eligible[0];
    if (decision.chosen !== expected) breaks.push(`#${position}: after ${last} chose ${decision.chosen}`);
    last = decision.chosen;
  });
  return breaks;
}

/** Every conversation of the workspace was handed off and assigned once, by the bot, in the team. */
async function expectEachAssignedOnce(db: Db, team: Team, parts: AssignmentPart[]): Promise<void> {
  const conversations = await db
    .selectFrom('conversations')
    .select(['id', 'admin_assignee_id', 'team_assignee_id', 'bot_phase', 'queued_at', 'count_assignments'])
    .where('workspace_id', '=', team.workspaceId)
    .execute();
  expect(conversations).toHaveLength(HAND_OFFS);
  const agentIds = team.agents.map((agent) => agent.id);
  for (const conversation of conversations) {
    expect(agentIds).toContain(conversation.admin_assignee_id);
    expect(conversation).toMatchObject({
      team_assignee_id: team.teamId,
      bot_phase: 'handed_off',
      queued_at: null,
      count_assignments: 1,
    });
  }
  expect(parts).toHaveLength(HAND_OFFS);
  expect(new Set(parts.map((part) => part.conversation_id)).size).toBe(HAND_OFFS);
  const assigneeOf = new Map(conversations.map((c) => [c.id, c.admin_assignee_id]));
  for (const part of parts) {
    expect(part).toMatchObject({ author_type: 'bot', assigned_to_type: 'admin' });
    expect(part.decision).toMatchObject({ trigger: 'handoff', because: 'next_in_rotation' });
    expect(part.assigned_to_id).toBe(assigneeOf.get(part.conversation_id));
    expect(part.decision.chosen).toBe(part.assigned_to_id);
  }
}

/**
 * Two app processes, one PostgreSQL database, one Redis: hand-offs split across both processes share the
 * team's round-robin cursor (locked on the team row) and see an Away switch made through either.
 */
describe.skipIf(testDriver !== 'postgres')('round-robin assignment across two app processes', () => {
  let testDatabase: TestDatabase;
  let servers: RunningServer[] = [];

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    const env = {
      DATABASE_URL: testDatabase.url ?? '',
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      // A channel prefix of this run's own, so parallel runs sharing the Redis do not cross.
      REDIS_KEY_PREFIX: `charla-test-${randomId(8)}`,
      DEMO_WORKSPACE: 'false',
      SAMPLE_SITE_PORT: '-1',
      LOG_LEVEL: 'warn',
      // Every visitor here comes from 127.0.0.1.
      MESSENGER_REQUESTS_PER_IP_PER_MINUTE: '1000000',
    };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map(stopServerProcess));
    await testDatabase?.drop();
  });

  it('assigns 1,000 simultaneous hand-offs once each, in strict rotation, a third to each agent', async () => {
    const db = testDatabase.database.db;
    const team = await buildRoundRobinTeam(db, servers[0] as RunningServer);
    const visitors = await seedVisitors(db, team.workspaceId, HAND_OFFS);

    await handOffAcross(
      servers,
      visitors.map((visitor) => visitor.token),
    );

    const parts = await assignmentParts(db, team.workspaceId);
    await expectEachAssignedOnce(db, team, parts);
    expect(parts.every((part) => part.decision.candidates.every((candidate) => candidate.eligible))).toBe(true);
    expect(rotationBreaks(parts)).toEqual([]);
    const counts = await assigneeCounts(db, team.workspaceId);
    for (const agent of team.agents) {
      expect(Math.abs((counts.get(agent.id) ?? 0) - HAND_OFFS / 3)).toBeLessThanOrEqual(1);
    }
  }, 120_000);

  it('assigns nothing more to an agent once their switch to Away has returned, while hand-offs run', async () => {
    const db = testDatabase.database.db;
    const team = await buildRoundRobinTeam(db, servers[0] as RunningServer);
    const [away, ...others] = team.agents as [Team['agents'][number], ...Team['agents']];
    const visitors = await seedVisitors(db, team.workspaceId, HAND_OFFS);
    let finished = false;
    const running = handOffAcross(
      servers,
      visitors.map((visitor) => visitor.token),
    ).finally(() => {
      finished = true;
    });
    running.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled

    while (!finished && (await countAssignmentParts(db, team.workspaceId)) < HAND_OFFS / 10) await pause(20);
    await call(servers[1] as RunningServer, bearer(away.token), 'PUT', `/api/admins/${away.id}/away`, {
      away_mode_enabled: true,
      away_mode_reassign: false,
    });
    const awayCountAtSwitch = (await assigneeCounts(db, team.workspaceId)).get(away.id) ?? 0;
    const assignedAtSwitch = await countAssignmentParts(db, team.workspaceId);
    await running;

    expect(assignedAtSwitch).toBeLessThan(HAND_OFFS); // the switch came while hand-offs were still running
    const counts = await assigneeCounts(db, team.workspaceId);
    expect(counts.get(away.id)).toBe(awayCountAtSwitch);
    const parts = await assignmentParts(db, team.workspaceId);
    await expectEachAssignedOnce(db, team, parts);
    expect(rotationBreaks(parts)).toEqual([]);
    // Once one decision saw the agent away, every later one did too, and those after the switch all did.
    const seesAway = parts.map((part) =>
      part.decision.candidates.some((c) => c.teammate_id === away.id && c.reason === 'away'),
    );
    const firstAway = seesAway.indexOf(true);
    expect(firstAway).toBeGreaterThan(0);
    expect(firstAway).toBeLessThanOrEqual(assignedAtSwitch);
    expect(seesAway.slice(firstAway).every(Boolean)).toBe(true);
    const [first, second] = others.map((agent) => counts.get(agent.id) ?? 0) as [number, number];
    expect(Math.abs(first - second)).toBeLessThanOrEqual(1);
    expect(first + second + awayCountAtSwitch).toBe(HAND_OFFS);
  }, 120_000);
});
