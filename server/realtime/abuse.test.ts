import { describe, expect, it } from 'vitest';
import type { Refused, SocketReply } from '../../protocol/realtime.ts';
import { buildTeamWorkspace } from '../../test/factories.ts';
import {
  commitEvent,
  connectSocket,
  insertContact,
  insertConversation,
  setupRealtimeApp,
  type TestSocket,
  waitFor,
} from '../../test/realtime-client.ts';
import { AGENT_MESSAGE_LIMIT, VISITOR_MESSAGE_LIMIT } from './message-limits.ts';
import { createVisitorSession } from './visitor-sessions.ts';

const t = setupRealtimeApp();

async function buildConversation() {
  const team = await buildTeamWorkspace(t.db);
  const contactId = await insertContact(t.db, team.workspace.id);
  const conversationId = await insertConversation(t.db, team.workspace.id, contactId);
  return { ...team, contactId, conversationId };
}

async function buildVisitorAndAgent() {
  const team = await buildConversation();
  return { ...team, visitorsToken: await createVisitorSession(t.db, team.workspace.id, team.contactId) };
}

/** Sends `count` messages at once, each with an acknowledgement; resolves with the answers. */
function burst(socket: TestSocket, count: number, name: string, payload: unknown): Promise<SocketReply[]> {
  return Promise.all(Array.from({ length: count }, () => socket.send(name, payload)));
}

const accepted = (replies: SocketReply[]) => replies.filter((reply) => reply.ok).length;
const limited = (replies: SocketReply[]) =>
  replies.filter((reply) => !reply.ok && reply.error.code === 'rate_limited').length;

function recordRefusals(socket: TestSocket): Refused[] {
  const refusals: Refused[] = [];
  socket.socket.on('refused', (refused: Refused) => refusals.push(refused));
  return refusals;
}

describe('socket message limits', () => {
  it('limits a flood of typing from one socket; another teammate still gets events and may type', async () => {
    const { workspace, manager, agentToken, managerToken, adminToken, conversationId } = await buildConversation();
    const flooder = await connectSocket(t.url, '/agents', { token: agentToken });
    const peer = await connectSocket(t.url, '/agents', { token: managerToken });
    const watcher = await connectSocket(t.url, '/agents', { token: adminToken });
    await Promise.all([flooder.ready, peer.ready, watcher.ready]);
    const typing = { conversation_id: conversationId, is_typing: true };

    const replies = await burst(flooder, AGENT_MESSAGE_LIMIT.perSocket + 20, 'typing', typing);
    expect(accepted(replies)).toBe(AGENT_MESSAGE_LIMIT.perSocket);
    expect(limited(replies)).toBe(20);
    expect(replies.find((reply) => !reply.ok)).toEqual({
      ok: false,
      error: { code: 'rate_limited', message: 'Too many messages: slow down' },
    });

    expect(await peer.send('typing', typing)).toEqual({ ok: true });
    await commitEvent(t.app, workspace.id);
    // The peer's typing reaches the watcher after everything the flood had relayed.
    await waitFor(() => peer.events.length === 1 && watcher.typing.some((m) => m.author.id === String(manager.id)));
    // Only what was accepted was relayed: the flooder's accepted messages, then the peer's one.
    expect(watcher.typing).toHaveLength(AGENT_MESSAGE_LIMIT.perSocket + 1);
    for (const socket of [flooder, peer, watcher]) socket.close();
  });

  it('limits one teammate across their sockets, though each stays under its own limit', async () => {
    const { agentToken, conversationId } = await buildConversation();
    const tabs = [
      await connectSocket(t.url, '/agents', { token: agentToken }),
      await connectSocket(t.url, '/agents', { token: agentToken }),
      await connectSocket(t.url, '/agents', { token: agentToken }),
    ];
    await Promise.all(tabs.map((tab) => tab.ready));
    const perTab = AGENT_MESSAGE_LIMIT.perSocket - 5;
    expect(perTab * tabs.length).toBeGreaterThan(AGENT_MESSAGE_LIMIT.perPerson);

    const replies = (
      await Promise.all(
        tabs.map((tab) => burst(tab, perTab, 'typing', { conversation_id: conversationId, is_typing: true })),
      )
    ).flat();
    expect(accepted(replies)).toBe(AGENT_MESSAGE_LIMIT.perPerson);
    expect(limited(replies)).toBe(perTab * tabs.length - AGENT_MESSAGE_LIMIT.perPerson);
    for (const tab of tabs) tab.close();
  });

  it('limits one contact across their messenger sockets', async () => {
    const { workspace, contactId, conversationId } = await buildConversation();
    const token = await createVisitorSession(t.db, workspace.id, contactId);
    const tabs = [
      await connectSocket(t.url, '/visitors', { token }),
      await connectSocket(t.url, '/visitors', { token }),
      await connectSocket(t.url, '/visitors', { token }),
    ];
    await Promise.all(tabs.map((tab) => tab.ready));
    const perTab = VISITOR_MESSAGE_LIMIT.perSocket - 5;

    const replies = (
      await Promise.all(tabs.map((tab) => burst(tab, perTab, 'typing', { conversation_id: conversationId })))
    ).flat();
    expect(accepted(replies)).toBe(VISITOR_MESSAGE_LIMIT.perPerson);
    expect(limited(replies)).toBe(perTab * tabs.length - VISITOR_MESSAGE_LIMIT.perPerson);
    for (const tab of tabs) tab.close();
  });

  it('tells a flooder without acknowledgements once per window, not once per message', async () => {
    const { agentToken, conversationId } = await buildConversation();
    const flooder = await connectSocket(t.url, '/agents', { token: agentToken });
    await flooder.ready;
    const refusals = recordRefusals(flooder);
    for (let i = 0; i < AGENT_MESSAGE_LIMIT.perSocket + 30; i++) {
      flooder.socket.emit('typing', { conversation_id: conversationId, is_typing: true });
    }
    // Answered after everything before it on this socket: every notice the flood caused has arrived.
    expect(await flooder.send('typing', { conversation_id: conversationId, is_typing: true })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
    expect(refusals).toEqual([
      { type: 'refused', message: 'typing', error: { code: 'rate_limited', message: 'Too many messages: slow down' } },
    ]);
    flooder.close();
  });
});

describe('malformed and oversized socket messages', () => {
  it('answers each malformed message with an error, relays nothing, and the socket keeps working', async () => {
    const { agentToken, managerToken, conversationId } = await buildConversation();
    const socket = await connectSocket(t.url, '/agents', { token: agentToken });
    const peer = await connectSocket(t.url, '/agents', { token: managerToken });
    await Promise.all([socket.ready, peer.ready]);
    const malformed: unknown[] = [
      'not an object',
      42,
      null,
      [conversationId],
      {},
      { conversation_id: conversationId },
      { conversation_id: true, is_typing: true },
      { conversation_id: conversationId, is_typing: 'yes' },
      { conversation_id: conversationId, is_typing: true, kind: 'shout' },
      { conversation_id: '1'.repeat(50_000), is_typing: true },
      { conversation_id: 'x'.repeat(50_000), is_typing: true },
    ];
    for (const payload of malformed) {
      const reply = await socket.send('typing', payload);
      expect(reply, JSON.stringify(payload).slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: expect.stringMatching(/^parameter_(invalid|not_found)$/) },
      });
    }
    expect(await socket.send('viewing', { conversation_id: -1 })).toMatchObject({ ok: false });
    expect(await socket.send('no_such_message', {})).toEqual({
      ok: false,
      error: { code: 'unknown_message', message: 'No such message' },
    });
    const refusals = recordRefusals(socket);
    socket.socket.emit('typing', 'no ack, still malformed');
    expect(await socket.send('typing', { conversation_id: conversationId, is_typing: true })).toEqual({ ok: true });
    await waitFor(() => peer.typing.length === 1);
    expect(refusals).toEqual([
      { type: 'refused', message: 'typing', error: expect.objectContaining({ code: 'parameter_invalid' }) },
    ]);
    socket.close();
    peer.close();
  });

  it('refuses a client message named "error", which nothing handles, without harm', async () => {
    const { agentToken, visitorsToken } = await buildVisitorAndAgent();
    for (const [namespace, token] of [
      ['/agents', agentToken],
      ['/visitors', visitorsToken],
    ] as const) {
      const socket = await connectSocket(t.url, namespace, { token });
      await socket.ready;
      expect(await socket.send('error', { boom: true })).toEqual({
        ok: false,
        error: { code: 'unknown_message', message: 'No such message' },
      });
      socket.socket.emit('error', 'without an acknowledgement');
      // Still connected, and still answered.
      expect(await socket.send('typing', {})).toMatchObject({
        ok: false,
        error: { code: expect.stringMatching(/^parameter_/) },
      });
      socket.close();
    }
  });

  it('closes the one socket that sends a frame over the size limit; others keep working', async () => {
    const { agentToken, managerToken, conversationId } = await buildConversation();
    const big = await connectSocket(t.url, '/agents', { token: agentToken });
    const other = await connectSocket(t.url, '/agents', { token: managerToken });
    await Promise.all([big.ready, other.ready]);
    const closed = new Promise((resolve) => big.socket.once('disconnect', resolve));

    big.socket.emit('typing', { conversation_id: conversationId, is_typing: true, padding: 'x'.repeat(200_000) });
    expect(await closed).toBe('transport close');
    expect(await other.send('typing', { conversation_id: conversationId, is_typing: true })).toEqual({ ok: true });
    const fresh = await connectSocket(t.url, '/agents', { token: agentToken });
    await fresh.ready;
    expect(await fresh.send('stop_viewing')).toEqual({ ok: true });
    fresh.close();
    other.close();
  });
});
