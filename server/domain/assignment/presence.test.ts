import { describe, expect, it } from 'vitest';
import { bearer, buildTeammate, buildTeamWorkspace, buildToken } from '../../../test/factories.ts';
import { connectSocket, setupRealtimeApp } from '../../../test/realtime-client.ts';

const t = setupRealtimeApp({ PRESENCE_INTERVAL_MS: '200' });

const api = (token: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function lastSeen(id: number): Promise<Date | null> {
  const row = await t.db.selectFrom('teammates').select('last_seen_at').where('id', '=', id).executeTakeFirstOrThrow();
  return row.last_seen_at;
}

describe('online for assignment', () => {
  it('an open inbox marks its teammate online, keeps refreshing it, and takes the queue waiting for someone online', async () => {
    const base = await buildTeamWorkspace(t.db);
    const agent = await buildTeammate(t.db, base.workspace.id, { name: 'Olga Online' });
    const agentToken = await buildToken(t.db, agent);
    const team = await api(base.managerToken, 'POST', '/api/teams', { name: 'Support', admin_ids: [agent.id] });
    await api(base.managerToken, 'PUT', '/api/assignment/settings', {
      default_team_id: team.json().id,
      require_online: true,
      trigger: 'start',
    });
    const contact = await api(base.adminToken, 'POST', '/api/contacts', { email: 'waiting@example.com' });
    const started = await api(base.adminToken, 'POST', '/api/conversations', {
      from: { type: 'user', id: contact.json().id },
      body: 'Anyone there?',
    });
    const id = Number(started.json().conversation_id);
    const row = () => t.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(await row()).toMatchObject({ admin_assignee_id: null, team_assignee_id: Number(team.json().id) });
    expect(await lastSeen(agent.id)).toBeNull();

    const socket = await connectSocket(t.url, '/agents', { token: agentToken });
    await socket.ready;
    await waitUntil(async () => (await row()).admin_assignee_id === agent.id);
    const first = (await lastSeen(agent.id)) as Date;
    expect(first).toBeInstanceOf(Date);
    // A tab left open (in the background too) keeps them online.
    await waitUntil(async () => ((await lastSeen(agent.id)) as Date) > first);
    const status = (await api(base.managerToken, 'GET', '/api/assignment/status')).json();
    expect(status.teammates.find((line: { id: string }) => line.id === String(agent.id))).toMatchObject({
      online: true,
      open_count: 1,
    });
    socket.close();
  });
});
