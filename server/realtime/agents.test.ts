import { describe, expect, it } from 'vitest';
import { bearer, buildTeamWorkspace, signIn } from '../../test/factories.ts';
import { commitEvent, connectSocket, pause, setupRealtimeApp, waitFor } from '../../test/realtime-client.ts';

const t = setupRealtimeApp();

describe('the /agents namespace', () => {
  it('pushes an event committed through the outbox to the workspace’s agent sockets', async () => {
    const { workspace, agentToken, managerToken } = await buildTeamWorkspace(t.db);
    const agent = await connectSocket(t.url, '/agents', { token: agentToken });
    const manager = await connectSocket(t.url, '/agents', { token: managerToken });
    await Promise.all([agent.ready, manager.ready]);
    await commitEvent(t.app, workspace.id, { conversationId: 7, data: { state: 'closed' } });
    for (const socket of [agent, manager]) {
      const [event] = await waitFor(() => socket.events.length > 0 && socket.events);
      expect(event).toMatchObject({ type: 'event', id: 1, topic: 'conversation.updated', conversation_id: '7' });
      expect(event).toMatchObject({ data: { state: 'closed' } });
    }
    agent.close();
    manager.close();
  });

  it('sends a teammate’s private event to that teammate only, and a placeholder to the others', async () => {
    const { workspace, agent, agentToken, managerToken } = await buildTeamWorkspace(t.db);
    const own = await connectSocket(t.url, '/agents', { token: agentToken });
    const other = await connectSocket(t.url, '/agents', { token: managerToken });
    await Promise.all([own.ready, other.ready]);
    await commitEvent(t.app, workspace.id, { topic: 'mention.created', audience: 'teammate', teammateId: agent.id });
    await commitEvent(t.app, workspace.id);
    await waitFor(() => own.events.length === 2 && other.events.length === 2);
    expect(own.events[0]).toMatchObject({ type: 'event', id: 1, topic: 'mention.created' });
    expect(other.events).toEqual([{ type: 'event.skipped', id: 1 }, expect.objectContaining({ type: 'event', id: 2 })]);
    own.close();
    other.close();
  });

  it('tells the agents when a teammate turns away mode on (the inbox’s away indicator)', async () => {
    const { agent, agentToken, managerToken } = await buildTeamWorkspace(t.db);
    const manager = await connectSocket(t.url, '/agents', { token: managerToken });
    await manager.ready;
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}/away`,
      headers: bearer(agentToken),
      payload: { away_mode_enabled: true, away_mode_reassign: true },
    });
    expect(response.statusCode).toBe(200);
    await waitFor(() => manager.events.length === 1);
    expect(manager.events[0]).toMatchObject({
      topic: 'admin.away_mode_updated',
      data: { id: String(agent.id), away_mode_enabled: true, away_mode_reassign: true },
    });
    manager.close();
  });

  it('gives another workspace’s agents nothing', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const outsider = await connectSocket(t.url, '/agents', { token: b.adminToken });
    const insider = await connectSocket(t.url, '/agents', { token: a.agentToken });
    await Promise.all([outsider.ready, insider.ready]);
    await commitEvent(t.app, a.workspace.id, { audience: 'public' });
    await commitEvent(t.app, a.workspace.id, {
      topic: 'mention.created',
      audience: 'teammate',
      teammateId: a.admin.id,
    });
    await waitFor(() => insider.events.length === 2);
    await pause(100);
    expect(outsider.events).toEqual([]);
    outsider.close();
    insider.close();
  });

  it('accepts the web app’s session cookie with its CSRF token', async () => {
    const { workspace, agent } = await buildTeamWorkspace(t.db);
    const session = await signIn(t.app, agent.email);
    const socket = await connectSocket(t.url, '/agents', { csrf_token: session.csrfToken }, { cookie: session.cookie });
    await socket.ready;
    await commitEvent(t.app, workspace.id);
    await waitFor(() => socket.events.length === 1);
    socket.close();
  });

  it('refuses sockets without valid credentials', async () => {
    const { agentToken, agent } = await buildTeamWorkspace(t.db);
    const session = await signIn(t.app, agent.email);
    const refused = [
      { auth: {} },
      { auth: { token: 'charla_nope_0000000000000000000000' } },
      { auth: { token: `${agentToken}x` } },
      { auth: { token: 42 } },
      { auth: {}, headers: { cookie: session.cookie } },
      { auth: { csrf_token: 'forged-csrf-token' }, headers: { cookie: session.cookie } },
      { auth: { csrf_token: session.csrfToken }, headers: { cookie: `${session.cookie}x` } },
    ];
    for (const { auth, headers } of refused) {
      await expect(connectSocket(t.url, '/agents', auth, headers), JSON.stringify(auth)).rejects.toMatchObject({
        data: { code: expect.stringMatching(/unauthorized|parameter_invalid/) },
      });
    }
    const visitorWithAgentToken = connectSocket(t.url, '/visitors', { token: agentToken });
    await expect(visitorWithAgentToken).rejects.toMatchObject({ data: { code: 'unauthorized' } });
  });

  it('refuses the main namespace, and the token of a deactivated teammate', async () => {
    const { agent, agentToken, adminToken } = await buildTeamWorkspace(t.db);
    await expect(connectSocket(t.url, '/' as '/agents', { token: agentToken })).rejects.toMatchObject({
      data: { code: 'unauthorized' },
    });
    const deactivated = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: bearer(adminToken),
      payload: { active: false },
    });
    expect(deactivated.statusCode).toBe(200);
    await expect(connectSocket(t.url, '/agents', { token: agentToken })).rejects.toMatchObject({
      data: { code: 'unauthorized' },
    });
  });
});
