import { describe, expect, it } from 'vitest';
import { type AssignmentDecision, ZAssignmentDecisionSchema } from '../../../protocol/assignment.ts';
import type { Language } from '../../../protocol/common.ts';
import type { WorkflowDefinition } from '../../../protocol/workflows.ts';
import { bearer, buildTeammate, buildTeamWorkspace, buildToken } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { MessengerClient } from '../../../test/messenger-client.ts';
import { publishWorkflow } from '../../../test/workflow-factories.ts';
import { wakeSnoozedConversations } from '../conversations/wake-snoozed.ts';

const t = setupTestApp({ MESSENGER_REQUESTS_PER_IP_PER_MINUTE: '100000' });

/** A workflow that hands off at once: every new messenger conversation is handed off as it starts. */
const HANDOFF_AT_ONCE: WorkflowDefinition = { start: 'done', steps: [{ type: 'handoff', id: 'done' }] };

interface Setup {
  workspaceId: string;
  adminToken: string;
  managerToken: string;
  agents: { id: number; name: string; token: string }[];
  teamId: string;
}

/**
 * A workspace whose default team "Support" (method as given) has three agents, and a workflow that hands
 * every messenger conversation off as it starts.
 */
async function setup(
  team: { distribution_method?: string; assignment_limit?: number | null } = {},
  settings: Record<string, unknown> = {},
  workflow: WorkflowDefinition = HANDOFF_AT_ONCE,
): Promise<Setup> {
  const base = await buildTeamWorkspace(t.db);
  const workspaceId = base.workspace.id;
  const agents = [];
  for (const name of ['Alba', 'Bruno', 'Carla']) {
    const teammate = await buildTeammate(t.db, workspaceId, { name });
    agents.push({ id: teammate.id, name, token: await buildToken(t.db, teammate) });
  }
  const created = await api(base.managerToken, 'POST', '/api/teams', {
    name: 'Support',
    admin_ids: agents.map((agent) => agent.id),
    ...team,
  });
  expect(created.statusCode).toBe(200);
  const teamId = created.json().id;
  const saved = await api(base.managerToken, 'PUT', '/api/assignment/settings', {
    default_team_id: teamId,
    ...settings,
  });
  expect(saved.statusCode).toBe(200);
  await publishWorkflow(t.app, base.adminToken, workflow);
  return { workspaceId, adminToken: base.adminToken, managerToken: base.managerToken, agents, teamId };
}

function api(token: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
}

/** A customer starts a conversation in the messenger (handed off at once); returns its id. */
async function handOff(workspaceId: string, language: Language = 'en'): Promise<string> {
  const visitor = new MessengerClient(t.app, workspaceId);
  await visitor.start({ language_override: language });
  const { conversation } = await visitor.send(language === 'es' ? 'Hola' : 'Hello');
  return conversation.id;
}

async function conversation(id: string) {
  return t.db.selectFrom('conversations').selectAll().where('id', '=', Number(id)).executeTakeFirstOrThrow();
}

async function assigneeOf(id: string): Promise<number | null> {
  return (await conversation(id)).admin_assignee_id;
}

/** The automatic decisions written on the conversation, oldest first, as the API shows them. */
async function decisionsOf(token: string, id: string): Promise<AssignmentDecision[]> {
  const response = await api(token, 'GET', `/api/conversations/${id}`);
  const parts: { part_type: string; metadata: { assignment?: unknown } | null }[] =
    response.json().conversation_parts.conversation_parts;
  return parts
    .filter((part) => part.part_type === 'assignment' && part.metadata?.assignment)
    .map((part) => ZAssignmentDecisionSchema.parse(part.metadata?.assignment));
}

const away = (s: Setup, index: number, reassign = false) =>
  api(s.managerToken, 'PUT', `/api/admins/${s.agents[index]?.id}/away`, {
    away_mode_enabled: true,
    away_mode_reassign: reassign,
  });
const back = (s: Setup, index: number) =>
  api(s.managerToken, 'PUT', `/api/admins/${s.agents[index]?.id}/away`, { away_mode_enabled: false });

describe('round robin on hand-off', () => {
  it('gives each handed-off conversation to the next active member in turn and keeps why', async () => {
    const s = await setup();
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await handOff(s.workspaceId));
    const assignees = await Promise.all(ids.map(assigneeOf));
    const [a, b, c] = s.agents.map((agent) => agent.id);
    expect(assignees).toEqual([a, b, c, a, b, c]);

    const [decision] = await decisionsOf(s.adminToken, ids[1] as string);
    expect(decision).toMatchObject({
      rule: 'round_robin',
      because: 'next_in_rotation',
      trigger: 'handoff',
      chosen: b,
      team: { id: Number(s.teamId), name: 'Support' },
    });
    expect(decision?.candidates.map((candidate) => [candidate.name, candidate.eligible])).toEqual([
      ['Alba', true],
      ['Bruno', true],
      ['Carla', true],
    ]);
    const row = await conversation(ids[1] as string);
    expect(row).toMatchObject({ team_assignee_id: Number(s.teamId), queued_at: null, bot_phase: 'handed_off' });
  });

  it('waits for the bot: a conversation is assigned when the bot hands off, not before', async () => {
    const s = await setup(
      {},
      {},
      {
        start: 'ask',
        steps: [
          {
            type: 'buttons',
            id: 'ask',
            text: { en: 'Sales or support?', es: '¿Ventas o soporte?' },
            attribute: 'topic',
            options: [{ id: 'support', label: { en: 'Support', es: 'Soporte' }, value: 'support', next: 'done' }],
            on_text: 'reask',
          },
          { type: 'handoff', id: 'done' },
        ],
      },
    );
    const visitor = new MessengerClient(t.app, s.workspaceId);
    await visitor.start({ language_override: 'en' });
    const started = await visitor.send('Hi');
    expect(await assigneeOf(started.conversation.id)).toBeNull();
    await visitor.answer(started.conversation.id, 'ask', 'support');
    expect(await assigneeOf(started.conversation.id)).toBe(s.agents[0]?.id);
  });
});

describe('who is available', () => {
  it('skips a teammate who is away, saying so, and gives them nothing after the switch', async () => {
    const s = await setup();
    expect((await away(s, 0)).statusCode).toBe(200);
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await handOff(s.workspaceId));
    const [, b, c] = s.agents.map((agent) => agent.id);
    expect(await Promise.all(ids.map(assigneeOf))).toEqual([b, c, b, c]);
    const [decision] = await decisionsOf(s.adminToken, ids[0] as string);
    expect(decision?.candidates.find((candidate) => candidate.name === 'Alba')).toMatchObject({
      eligible: false,
      reason: 'away',
    });
  });

  it('with the online window on, only teammates seen in the inbox lately are assigned', async () => {
    const s = await setup({}, { require_online: true, online_minutes: 10, grace_minutes: 5 });
    const [a, b] = s.agents;
    const now = Date.now();
    await t.db
      .updateTable('teammates')
      .set({ last_seen_at: new Date(now - 14 * 60_000) })
      .where('id', '=', a?.id as number)
      .execute();
    await t.db
      .updateTable('teammates')
      .set({ last_seen_at: new Date(now - 16 * 60_000) })
      .where('id', '=', b?.id as number)
      .execute();
    const id = await handOff(s.workspaceId);
    expect(await assigneeOf(id)).toBe(a?.id);
    const [decision] = await decisionsOf(s.adminToken, id);
    expect(decision?.candidates.map((candidate) => candidate.reason)).toEqual([null, 'offline', 'offline']);
  });

  it('routes by language, and falls back to everyone or queues as the setting says', async () => {
    const s = await setup();
    const [a, b, c] = s.agents;
    await api(a?.token as string, 'PUT', `/api/admins/${a?.id}`, { languages: ['en'] });
    await api(b?.token as string, 'PUT', `/api/admins/${b?.id}`, { languages: ['es', 'en'] });
    await api(c?.token as string, 'PUT', `/api/admins/${c?.id}`, { languages: ['es'] });
    const spanish = [await handOff(s.workspaceId, 'es'), await handOff(s.workspaceId, 'es')];
    expect(await Promise.all(spanish.map(assigneeOf))).toEqual([b?.id, c?.id]);
    const [decision] = await decisionsOf(s.adminToken, spanish[0] as string);
    expect(decision?.language).toEqual({ conversation: 'es', routed: true, fell_back: false });
    expect(decision?.candidates.find((candidate) => candidate.name === 'Alba')?.reason).toBe('language');

    // Nobody available takes Spanish: to everyone available (the default)…
    await away(s, 1);
    await away(s, 2);
    const fellBack = await handOff(s.workspaceId, 'es');
    expect(await assigneeOf(fellBack)).toBe(a?.id);
    expect((await decisionsOf(s.adminToken, fellBack))[0]?.language.fell_back).toBe(true);
    // …or to the queue.
    await api(s.managerToken, 'PUT', '/api/assignment/settings', { language_fallback: 'queue' });
    const queued = await handOff(s.workspaceId, 'es');
    expect(await conversation(queued)).toMatchObject({ admin_assignee_id: null, team_assignee_id: Number(s.teamId) });
    expect((await conversation(queued)).queued_at).not.toBeNull();
    // A Spanish speaker comes back: the queue is theirs.
    await back(s, 2);
    expect(await assigneeOf(queued)).toBe(c?.id);
    expect((await decisionsOf(s.adminToken, queued)).at(-1)).toMatchObject({ trigger: 'queue', chosen: c?.id });
  });

  it('never assigns to a deactivated teammate', async () => {
    const s = await setup();
    const deactivated = await api(s.adminToken, 'PUT', `/api/admins/${s.agents[0]?.id}`, { active: false });
    expect(deactivated.statusCode).toBe(200);
    const ids = [await handOff(s.workspaceId), await handOff(s.workspaceId)];
    expect(await Promise.all(ids.map(assigneeOf))).toEqual([s.agents[1]?.id, s.agents[2]?.id]);
  });
});

describe('the queue', () => {
  it('keeps conversations nobody can take, oldest first, and hands them out the moment someone is back', async () => {
    const s = await setup();
    for (const index of [0, 1, 2]) await away(s, index);
    const first = await handOff(s.workspaceId);
    const second = await handOff(s.workspaceId);
    const [decision] = await decisionsOf(s.adminToken, first);
    expect(decision).toMatchObject({ because: 'nobody_available', chosen: null, team: { name: 'Support' } });
    const status = (await api(s.managerToken, 'GET', '/api/assignment/status')).json();
    expect(status.teams.find((team: { id: string }) => team.id === s.teamId)).toMatchObject({ queued: 2 });

    const returned = await back(s, 1);
    expect(returned.statusCode).toBe(200);
    expect(await assigneeOf(first)).toBe(s.agents[1]?.id);
    expect(await assigneeOf(second)).toBe(s.agents[1]?.id);
    const parts = await t.db
      .selectFrom('conversation_parts')
      .select(['id', 'conversation_id'])
      .where('workspace_id', '=', s.workspaceId)
      .where('part_type', '=', 'assignment')
      .where('assigned_to_type', '=', 'admin')
      .orderBy('id')
      .execute();
    expect(parts.map((part) => String(part.conversation_id))).toEqual([first, second]);
    expect((await conversation(first)).queued_at).toBeNull();
  });

  it('a teammate joining the team takes what waits in its queue', async () => {
    const s = await setup();
    for (const index of [0, 1, 2]) await away(s, index);
    const id = await handOff(s.workspaceId);
    expect(await assigneeOf(id)).toBeNull();
    const newcomer = await buildTeammate(t.db, s.workspaceId, { name: 'Nuria Nueva' });
    const joined = await api(s.managerToken, 'PUT', `/api/teams/${s.teamId}`, {
      admin_ids: [...s.agents.map((agent) => agent.id), newcomer.id],
    });
    expect(joined.statusCode).toBe(200);
    expect(await assigneeOf(id)).toBe(newcomer.id);
    expect((await decisionsOf(s.adminToken, id)).at(-1)).toMatchObject({ trigger: 'queue', chosen: newcomer.id });
  });

  it('a manual team keeps every conversation in its queue until a teammate takes it', async () => {
    const s = await setup({ distribution_method: 'manual' });
    const id = await handOff(s.workspaceId);
    expect(await conversation(id)).toMatchObject({ admin_assignee_id: null, team_assignee_id: Number(s.teamId) });
    expect((await decisionsOf(s.adminToken, id))[0]).toMatchObject({ rule: 'manual', because: 'manual_method' });
    const taken = await api(s.agents[2]?.token as string, 'POST', `/api/conversations/${id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      admin_id: s.agents[2]?.id,
      assignee_id: s.agents[2]?.id,
    });
    expect(taken.statusCode).toBe(200);
    expect(await conversation(id)).toMatchObject({ admin_assignee_id: s.agents[2]?.id, queued_at: null });
  });

  it('balanced: the fewest open conversations first, none beyond the limit; a close frees a slot', async () => {
    const s = await setup({ distribution_method: 'balanced', assignment_limit: 1 });
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await handOff(s.workspaceId));
    const [a, b, c] = s.agents;
    expect(await Promise.all(ids.slice(0, 3).map(assigneeOf))).toEqual([a?.id, b?.id, c?.id]);
    expect(await assigneeOf(ids[3] as string)).toBeNull();
    const [decision] = await decisionsOf(s.adminToken, ids[3] as string);
    expect(decision?.candidates.map((candidate) => candidate.reason)).toEqual([
      'at_capacity',
      'at_capacity',
      'at_capacity',
    ]);
    const closed = await api(b?.token as string, 'POST', `/api/conversations/${ids[1]}/parts`, {
      message_type: 'close',
      admin_id: b?.id,
    });
    expect(closed.statusCode).toBe(200);
    expect(await assigneeOf(ids[3] as string)).toBe(b?.id);
    expect((await decisionsOf(s.adminToken, ids[3] as string)).at(-1)).toMatchObject({
      rule: 'balanced',
      because: 'fewest_open',
      trigger: 'queue',
    });
  });

  it('a queued conversation snoozed and woken goes back to its team, which assigns it', async () => {
    const s = await setup();
    for (const index of [0, 1, 2]) await away(s, index);
    const id = await handOff(s.workspaceId);
    const until = Math.floor(Date.now() / 1000) + 3600;
    await api(s.adminToken, 'POST', `/api/conversations/${id}/parts`, {
      message_type: 'snoozed',
      snoozed_until: until,
    });
    expect((await conversation(id)).queued_at).toBeNull();
    await back(s, 2);
    expect(await assigneeOf(id)).toBeNull();
    expect(await wakeSnoozedConversations(t.app, new Date((until + 1) * 1000))).toBe(1);
    expect(await conversation(id)).toMatchObject({ state: 'open', admin_assignee_id: s.agents[2]?.id });
  });

  it('a conversation reopened by the customer or a teammate while nobody holds it goes to its team', async () => {
    const s = await setup();
    for (const index of [0, 1, 2]) await away(s, index);
    const visitor = new MessengerClient(t.app, s.workspaceId);
    await visitor.start({ language_override: 'en' });
    const { conversation: started } = await visitor.send('Hello');
    const until = Math.floor(Date.now() / 1000) + 3600;
    const snooze = () =>
      api(s.adminToken, 'POST', `/api/conversations/${started.id}/parts`, {
        message_type: 'snoozed',
        snoozed_until: until,
      });
    await snooze();
    await back(s, 0);
    await visitor.reply(started.id, 'Still there?');
    expect(await conversation(started.id)).toMatchObject({ state: 'open', admin_assignee_id: s.agents[0]?.id });

    const id = await handOff(s.workspaceId);
    await away(s, 0);
    await api(s.adminToken, 'POST', `/api/conversations/${id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      assignee_id: '0',
    });
    await api(s.adminToken, 'POST', `/api/conversations/${id}/parts`, { message_type: 'close' });
    await back(s, 1);
    const reopened = await api(s.adminToken, 'POST', `/api/conversations/${id}/parts`, { message_type: 'open' });
    expect(reopened.json()).toMatchObject({ state: 'open', admin_assignee_id: s.agents[1]?.id });
  });

  it('deleting a team sends what waited in its queue to Unassigned', async () => {
    const s = await setup({ distribution_method: 'manual' });
    const id = await handOff(s.workspaceId);
    expect((await conversation(id)).queued_at).not.toBeNull();
    expect((await api(s.managerToken, 'DELETE', `/api/teams/${s.teamId}`)).statusCode).toBe(200);
    expect(await conversation(id)).toMatchObject({ team_assignee_id: null, admin_assignee_id: null, queued_at: null });
  });

  it('concurrent hand-offs routed to a team by the workflow all succeed (no lock conflict with the team)', async () => {
    const base = await buildTeamWorkspace(t.db);
    const agent = await buildTeammate(t.db, base.workspace.id, { name: 'Routed Agent' });
    const team = await api(base.managerToken, 'POST', '/api/teams', { name: 'Billing', admin_ids: [agent.id] });
    await publishWorkflow(t.app, base.adminToken, {
      start: 'route',
      steps: [
        { type: 'assign_team', id: 'route', team_id: team.json().id, next: 'done' },
        { type: 'handoff', id: 'done' },
      ],
    });
    const ids = await Promise.all(Array.from({ length: 24 }, () => handOff(base.workspace.id)));
    const rows = await t.db
      .selectFrom('conversations')
      .select(['admin_assignee_id', 'team_assignee_id'])
      .where('id', 'in', ids.map(Number))
      .execute();
    expect(rows).toHaveLength(24);
    for (const row of rows)
      expect(row).toEqual({ admin_assignee_id: agent.id, team_assignee_id: Number(team.json().id) });
  });

  it('a teammate who goes away asking to reassign hands their open conversations back to the team', async () => {
    const s = await setup();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await handOff(s.workspaceId));
    const [a, b, c] = s.agents;
    expect(await assigneeOf(ids[0] as string)).toBe(a?.id);
    expect((await away(s, 0, true)).statusCode).toBe(200);
    const moved = await assigneeOf(ids[0] as string);
    expect([b?.id, c?.id]).toContain(moved);
    const last = (await decisionsOf(s.adminToken, ids[0] as string)).at(-1);
    expect(last).toMatchObject({ trigger: 'away', previous: { teammate_id: a?.id, reason: 'away' } });
  });
});

describe('when', () => {
  it('API conversations wait in Unassigned by default and are assigned at start with the setting', async () => {
    const s = await setup();
    const contact = await api(s.adminToken, 'POST', '/api/contacts', { email: 'api-customer@example.com' });
    const start = () =>
      api(s.adminToken, 'POST', '/api/conversations', {
        from: { type: 'user', id: contact.json().id },
        body: 'Written through the API',
      });
    const byDefault = (await start()).json().conversation_id;
    expect(await conversation(byDefault)).toMatchObject({ admin_assignee_id: null, team_assignee_id: null });
    await api(s.managerToken, 'PUT', '/api/assignment/settings', { trigger: 'start' });
    const atStart = (await start()).json().conversation_id;
    expect(await assigneeOf(atStart)).toBe(s.agents[0]?.id);
    expect((await decisionsOf(s.adminToken, atStart))[0]?.trigger).toBe('start');
  });
});

describe('reopening and reassigning', () => {
  async function closeAs(s: Setup, index: number, id: string) {
    const agent = s.agents[index];
    await api(agent?.token as string, 'POST', `/api/conversations/${id}/parts`, {
      message_type: 'close',
      admin_id: agent?.id,
    });
  }

  it('a customer reopening keeps the teammate while available, else it goes back to the team with why', async () => {
    const s = await setup();
    const visitor = new MessengerClient(t.app, s.workspaceId);
    await visitor.start({ language_override: 'en' });
    const { conversation: started } = await visitor.send('Hello');
    const [a] = s.agents;
    expect(await assigneeOf(started.id)).toBe(a?.id);
    await closeAs(s, 0, started.id);
    await visitor.reply(started.id, 'One more thing');
    expect(await conversation(started.id)).toMatchObject({ state: 'open', admin_assignee_id: a?.id });

    await closeAs(s, 0, started.id);
    await away(s, 0);
    await visitor.reply(started.id, 'And another');
    const reopened = await conversation(started.id);
    expect(reopened.state).toBe('open');
    expect([s.agents[1]?.id, s.agents[2]?.id]).toContain(reopened.admin_assignee_id);
    expect((await decisionsOf(s.adminToken, started.id)).at(-1)).toMatchObject({
      trigger: 'reopen',
      previous: { teammate_id: a?.id, name: 'Alba', reason: 'away' },
    });
  });

  it('reassigns by hand to anyone, saying who did it; to a team with nobody, the team assigns it', async () => {
    const s = await setup();
    const id = await handOff(s.workspaceId);
    const [a, b] = s.agents;
    const supervisor = await buildTeammate(t.db, s.workspaceId, { role: 'manager', name: 'Sara Supervisor' });
    const toSupervisor = await api(a?.token as string, 'POST', `/api/conversations/${id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      admin_id: a?.id,
      assignee_id: supervisor.id,
    });
    expect(toSupervisor.statusCode).toBe(200);
    expect(toSupervisor.json().admin_assignee_id).toBe(supervisor.id);
    const parts = toSupervisor.json().conversation_parts.conversation_parts;
    expect(parts.at(-1)).toMatchObject({
      part_type: 'assignment',
      author: { type: 'admin', id: String(a?.id) },
      assigned_to: { type: 'admin', id: String(supervisor.id) },
    });

    // Unassigned within its team: back in the team's queue, and round robin gives it to the next one.
    const released = await api(a?.token as string, 'POST', `/api/conversations/${id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      admin_id: a?.id,
      assignee_id: '0',
    });
    expect(released.json().admin_assignee_id).toBe(b?.id);
    expect((await decisionsOf(s.adminToken, id)).at(-1)?.trigger).toBe('team_assigned');
  });

  it('manual assignments move the rotation only when the setting says they count', async () => {
    const s = await setup();
    const [a, b, c] = s.agents;
    const assignTo = async (id: string, teammate: number | undefined) =>
      api(s.adminToken, 'POST', `/api/conversations/${id}/parts`, {
        message_type: 'assignment',
        type: 'admin',
        assignee_id: teammate,
      });
    const first = await handOff(s.workspaceId);
    expect(await assigneeOf(first)).toBe(a?.id);
    await assignTo(first, b?.id);
    expect(await assigneeOf(await handOff(s.workspaceId))).toBe(b?.id);

    await api(s.managerToken, 'PUT', '/api/assignment/settings', { manual_counts_in_rotation: true });
    const third = await handOff(s.workspaceId);
    expect(await assigneeOf(third)).toBe(c?.id);
    await assignTo(third, a?.id);
    expect(await assigneeOf(await handOff(s.workspaceId))).toBe(b?.id);
  });
});

describe('settings and status API', () => {
  it('shows the defaults, saves changes, and lets only managers and admins change them', async () => {
    const base = await buildTeamWorkspace(t.db);
    const read = await api(base.agentToken, 'GET', '/api/assignment/settings');
    expect(read.json()).toEqual({
      type: 'assignment_settings',
      trigger: 'handoff',
      default_team_id: null,
      require_online: false,
      online_minutes: 10,
      grace_minutes: 5,
      language_routing: true,
      language_fallback: 'everyone',
      manual_counts_in_rotation: false,
      reply_assigns: true,
    });
    const refused = await api(base.agentToken, 'PUT', '/api/assignment/settings', { trigger: 'start' });
    expect(refused.statusCode).toBe(403);
    expect((await api(base.agentToken, 'GET', '/api/assignment/status')).statusCode).toBe(403);
    const saved = await api(base.managerToken, 'PUT', '/api/assignment/settings', {
      trigger: 'start',
      require_online: true,
      online_minutes: 30,
    });
    expect(saved.json()).toMatchObject({
      trigger: 'start',
      require_online: true,
      online_minutes: 30,
      grace_minutes: 5,
    });
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const s = await setup();
    const other = await buildTeamWorkspace(t.db, 'Other Co');
    const otherTeam = await api(other.managerToken, 'POST', '/api/teams', { name: 'Theirs' });
    const bad: [object, string][] = [
      [{ trigger: 'sometimes' }, 'trigger'],
      [{ online_minutes: 0 }, 'online_minutes'],
      [{ grace_minutes: 9999 }, 'grace_minutes'],
      [{ language_fallback: '<script>' }, 'language_fallback'],
      [{ default_team_id: otherTeam.json().id }, 'default_team_id'],
      [{ default_team_id: '1; DROP TABLE teams' }, 'default_team_id'],
      [{ unknown: true }, ''],
    ];
    const before = (await api(s.managerToken, 'GET', '/api/assignment/settings')).json();
    for (const [payload, field] of bad) {
      const response = await api(s.managerToken, 'PUT', '/api/assignment/settings', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      if (field) expect(response.json().errors[0].field ?? response.json().errors[0].message).toContain(field);
    }
    expect((await api(s.managerToken, 'GET', '/api/assignment/settings')).json()).toEqual(before);

    for (const payload of [{ distribution_method: 'random' }, { assignment_limit: 0 }, { assignment_limit: 'ten' }]) {
      const response = await api(s.managerToken, 'PUT', `/api/teams/${s.teamId}`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const agent = s.agents[0];
    for (const languages of [[], ['fr'], 'es', ['es', 'es', 'en\u0000']]) {
      const response = await api(agent?.token as string, 'PUT', `/api/admins/${agent?.id}`, { languages });
      expect(response.statusCode, JSON.stringify(languages)).toBe(400);
    }
    const team = (await api(s.managerToken, 'GET', `/api/teams/${s.teamId}`)).json();
    expect(team).toMatchObject({ distribution_method: 'round_robin', assignment_limit: null });
    expect((await api(s.managerToken, 'GET', `/api/admins/${agent?.id}`)).json().languages).toEqual(['en', 'es']);
  });

  it('the team status page shows who is active, away, online, what each holds and what waits', async () => {
    const s = await setup();
    await handOff(s.workspaceId);
    await away(s, 2);
    await t.db
      .updateTable('teammates')
      .set({ last_seen_at: new Date() })
      .where('id', '=', s.agents[0]?.id as number)
      .execute();
    const status = (await api(s.managerToken, 'GET', '/api/assignment/status')).json();
    const line = (name: string) => status.teammates.find((teammate: { name: string }) => teammate.name === name);
    expect(line('Alba')).toMatchObject({ status: 'active', online: true, open_count: 1, team_ids: [Number(s.teamId)] });
    expect(line('Bruno')).toMatchObject({ status: 'active', online: false, open_count: 0 });
    expect(line('Carla')).toMatchObject({ status: 'away' });
    expect(status.teams).toEqual([
      expect.objectContaining({
        id: s.teamId,
        name: 'Support',
        distribution_method: 'round_robin',
        queued: 0,
        oldest_queued_at: null,
      }),
    ]);
  });
});
