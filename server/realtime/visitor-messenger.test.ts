import { describe, expect, it } from 'vitest';
import type { MessengerPart } from '../../protocol/messenger.ts';
import { bearer, buildTeamWorkspace } from '../../test/factories.ts';
import { MessengerClient } from '../../test/messenger-client.ts';
import { connectSocket, pause, setupRealtimeApp, waitFor } from '../../test/realtime-client.ts';

const t = setupRealtimeApp();

async function setup() {
  const team = await buildTeamWorkspace(t.db);
  const visitor = new MessengerClient(t.app, team.workspace.id);
  const boot = await visitor.start();
  const { conversation } = await visitor.send('Hola');
  const socket = await connectSocket(t.url, '/visitors', { token: visitor.token, after: boot.last_event_id });
  await socket.ready;
  return { ...team, visitor, socket, conversationId: conversation.id };
}

function agentReply(token: string, conversationId: string, messageType: 'comment' | 'note', body: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/conversations/${conversationId}/reply`,
    headers: bearer(token),
    payload: { type: 'admin', message_type: messageType, body },
  });
}

describe('the messenger’s live stream', () => {
  it('carries a teammate’s reply in the messenger’s shape, without their email, and never a note', async () => {
    const { socket, agentToken, agent, conversationId } = await setup();
    await agentReply(agentToken, conversationId, 'note', 'Internal only');
    await agentReply(agentToken, conversationId, 'comment', '¡Hola! ¿En qué te ayudo?');
    const event = await waitFor(() =>
      socket.events.find((e) => 'data' in e && (e.data.part as MessengerPart | undefined)?.author.type === 'admin'),
    );
    await pause(100);
    const parts = socket.events.flatMap((e) => ('data' in e && e.data.part ? [e.data.part as MessengerPart] : []));
    expect(parts.map((p) => p.body)).toEqual(['<p>Hola</p>', '¡Hola! ¿En qué te ayudo?']);
    expect(parts[1]).toMatchObject({
      type: 'messenger.part',
      author: { type: 'admin', name: agent.name },
      buttons: null,
    });
    expect(JSON.stringify(socket.events)).not.toContain(agent.email);
    expect(JSON.stringify(socket.events)).not.toContain('Internal only');
    expect('data' in event && event.data.conversation_id).toBe(conversationId);
    socket.close();
  });

  it('shows the customer that a teammate is typing a reply, but not a note', async () => {
    const { socket, agentToken, conversationId, agent } = await setup();
    const agentSocket = await connectSocket(t.url, '/agents', { token: agentToken });
    await agentSocket.ready;
    expect(
      await agentSocket.send('typing', { conversation_id: conversationId, is_typing: true, kind: 'note' }),
    ).toEqual({
      ok: true,
    });
    expect(
      await agentSocket.send('typing', { conversation_id: conversationId, is_typing: true, kind: 'reply' }),
    ).toEqual({
      ok: true,
    });
    await waitFor(() => socket.typing.length > 0);
    await pause(100);
    expect(socket.typing).toEqual([
      {
        type: 'typing',
        conversation_id: conversationId,
        is_typing: true,
        author: { type: 'admin', id: String(agent.id), name: agent.name },
      },
    ]);
    agentSocket.close();
    socket.close();
  });

  it('resumes after a disconnect with the replies it missed, once', async () => {
    const { socket, agentToken, conversationId, visitor } = await setup();
    await agentReply(agentToken, conversationId, 'comment', 'first');
    await waitFor(() => JSON.stringify(socket.events).includes('first'));
    const lastSeen = Math.max(...socket.events.map((e) => e.id));
    socket.close();
    await agentReply(agentToken, conversationId, 'comment', 'while away');
    const again = await connectSocket(t.url, '/visitors', { token: visitor.token, after: lastSeen });
    await again.ready;
    const bodies = again.events.flatMap((e) =>
      'data' in e && e.data.part ? [(e.data.part as MessengerPart).body] : [],
    );
    expect(bodies).toEqual(['while away']);
    again.close();
  });
});

describe('state changes reach the messenger', () => {
  it('a teammate closing the conversation (without a message) tells the customer, and only the state', async () => {
    const { socket, agentToken, conversationId } = await setup();
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/parts`,
      headers: bearer(agentToken),
      payload: { message_type: 'close' },
    });
    expect(closed.statusCode).toBe(200);
    const event = await waitFor(() => socket.events.find((e) => 'topic' in e && e.topic === 'conversation.updated'));
    expect('data' in event && event.data).toEqual({ conversation_id: conversationId, state: 'closed' });
    socket.close();
  });
});

describe('visitor socket abuse', () => {
  it('rate limits typing per socket: the excess is refused and not relayed', async () => {
    const { socket, agentToken, conversationId } = await setup();
    const agentSocket = await connectSocket(t.url, '/agents', { token: agentToken });
    await agentSocket.ready;
    const replies = [];
    for (let i = 0; i < 25; i++)
      replies.push(await socket.send('typing', { conversation_id: conversationId, is_typing: true }));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(20);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    await waitFor(() => agentSocket.typing.length >= 20);
    await pause(100);
    expect(agentSocket.typing).toHaveLength(20);
    agentSocket.close();
    socket.close();
  });
});
