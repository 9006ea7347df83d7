import { describe, expect, it } from 'vitest';
import { buildTeamWorkspace } from '../../test/factories.ts';
import {
  connectSocket,
  insertContact,
  insertConversation,
  pause,
  setupRealtimeApp,
  waitFor,
} from '../../test/realtime-client.ts';

const t = setupRealtimeApp();

async function buildInbox() {
  const team = await buildTeamWorkspace(t.db);
  const conversationId = await insertConversation(
    t.db,
    team.workspace.id,
    await insertContact(t.db, team.workspace.id),
  );
  const [agent, manager] = await Promise.all([
    connectSocket(t.url, '/agents', { token: team.agentToken }),
    connectSocket(t.url, '/agents', { token: team.managerToken }),
  ]);
  await Promise.all([agent.ready, manager.ready]);
  return { ...team, conversationId, sockets: { agent, manager } };
}

describe('typing and presence between teammates', () => {
  it('relays typing to the other teammates, not back to the sender nor to another workspace', async () => {
    const { agent: luis, conversationId, sockets } = await buildInbox();
    const outsider = await connectSocket(t.url, '/agents', { token: (await buildTeamWorkspace(t.db)).adminToken });
    await outsider.ready;
    expect(await sockets.agent.send('typing', { conversation_id: conversationId, is_typing: true })).toEqual({
      ok: true,
    });
    await waitFor(() => sockets.manager.typing.length > 0);
    expect(sockets.manager.typing).toEqual([
      {
        type: 'typing',
        conversation_id: conversationId,
        is_typing: true,
        author: { type: 'admin', id: String(luis.id), name: 'Luis Agent' },
      },
    ]);
    await pause(100);
    expect(sockets.agent.typing).toEqual([]);
    expect(outsider.typing).toEqual([]);
    for (const socket of [outsider, sockets.agent, sockets.manager]) socket.close();
  });

  it('tells the others who views a conversation, answers with who else is there, and ends on leave and disconnect', async () => {
    const { agent: luis, manager: marta, conversationId, sockets } = await buildInbox();
    const martaRef = { type: 'admin', id: String(marta.id), name: 'Marta Manager' };
    const luisRef = { type: 'admin', id: String(luis.id), name: 'Luis Agent' };
    expect(await sockets.manager.send('viewing', { conversation_id: conversationId })).toEqual({
      ok: true,
      viewers: [],
    });
    await waitFor(() => sockets.agent.presence.length === 1);
    expect(sockets.agent.presence[0]).toEqual({
      type: 'presence',
      conversation_id: conversationId,
      viewing: true,
      admin: martaRef,
    });
    expect(await sockets.agent.send('viewing', { conversation_id: conversationId })).toEqual({
      ok: true,
      viewers: [martaRef],
    });
    await waitFor(() => sockets.manager.presence.length === 1);
    expect(sockets.manager.presence[0]).toMatchObject({ viewing: true, admin: luisRef });

    expect(await sockets.manager.send('stop_viewing')).toEqual({ ok: true });
    await waitFor(() => sockets.agent.presence.length === 2);
    expect(sockets.agent.presence[1]).toMatchObject({ viewing: false, admin: martaRef });

    sockets.agent.close();
    await waitFor(() => sockets.manager.presence.length === 2);
    expect(sockets.manager.presence[1]).toMatchObject({
      conversation_id: conversationId,
      viewing: false,
      admin: luisRef,
    });
    expect(sockets.manager.presence.every((p) => p.admin.id !== String(marta.id))).toBe(true);
    sockets.manager.close();
  });

  it('keeps a teammate viewing while another of their tabs still shows the conversation', async () => {
    const { agentToken, conversationId, sockets } = await buildInbox();
    const secondTab = await connectSocket(t.url, '/agents', { token: agentToken });
    await secondTab.ready;
    await sockets.agent.send('viewing', { conversation_id: conversationId });
    await secondTab.send('viewing', { conversation_id: conversationId });
    secondTab.close();
    await pause(150);
    expect(sockets.manager.presence.map((p) => p.viewing)).toEqual([true, true]);
    await sockets.agent.send('stop_viewing');
    await waitFor(() => sockets.manager.presence.length === 3);
    expect(sockets.manager.presence[2]).toMatchObject({ viewing: false });
    for (const socket of Object.values(sockets)) socket.close();
  });

  it('refuses another workspace’s conversation and malformed messages, and relays nothing', async () => {
    const { sockets } = await buildInbox();
    const other = await buildTeamWorkspace(t.db);
    const foreign = await insertConversation(t.db, other.workspace.id, await insertContact(t.db, other.workspace.id));
    const notFound = { ok: false, error: { code: 'conversation_not_found' } };
    expect(await sockets.agent.send('viewing', { conversation_id: foreign })).toMatchObject(notFound);
    expect(await sockets.agent.send('typing', { conversation_id: foreign, is_typing: true })).toMatchObject(notFound);
    const missing = {
      ok: false,
      error: { code: 'parameter_not_found', message: expect.stringContaining('is_typing') },
    };
    expect(await sockets.agent.send('typing', { conversation_id: foreign })).toMatchObject(missing);
    expect(await sockets.agent.send('viewing', 'nope')).toMatchObject({ ok: false });
    await pause(100);
    expect(sockets.manager.typing).toEqual([]);
    expect(sockets.manager.presence).toEqual([]);
    for (const socket of Object.values(sockets)) socket.close();
  });
});
