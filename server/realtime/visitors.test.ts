import { describe, expect, it } from 'vitest';
import { buildTeamWorkspace } from '../../test/factories.ts';
import {
  commitEvent,
  connectSocket,
  insertContact,
  insertConversation,
  pause,
  setupRealtimeApp,
  waitFor,
} from '../../test/realtime-client.ts';
import { createVisitorSession } from './visitor-sessions.ts';

const t = setupRealtimeApp();

async function buildVisitor() {
  const team = await buildTeamWorkspace(t.db);
  const contactId = await insertContact(t.db, team.workspace.id);
  const token = await createVisitorSession(t.db, team.workspace.id, contactId);
  return { ...team, contactId, token };
}

describe('the /visitors namespace', () => {
  it('gets its own contact’s public events only: no notes, no agent-only or private events, no other contact’s', async () => {
    const { workspace, admin, contactId, token } = await buildVisitor();
    const otherContactId = await insertContact(t.db, workspace.id);
    const visitor = await connectSocket(t.url, '/visitors', { token });
    await visitor.ready;
    const ws = workspace.id;
    await commitEvent(t.app, ws, {
      topic: 'conversation.part.created',
      audience: 'agents',
      contactId,
      data: { note: 1 },
    });
    await commitEvent(t.app, ws, { topic: 'mention.created', audience: 'teammate', teammateId: admin.id, contactId });
    await commitEvent(t.app, ws, { topic: 'conversation.part.created', audience: 'public', contactId: otherContactId });
    await commitEvent(t.app, ws, {
      topic: 'conversation.part.created',
      audience: 'public',
      contactId,
      data: { reply: 1 },
    });
    await waitFor(() => visitor.events.length > 0);
    await pause(100);
    expect(visitor.events).toEqual([expect.objectContaining({ id: 4, contact_id: String(contactId) })]);
    visitor.close();
  });

  it('public events reach the agents too', async () => {
    const { workspace, contactId, agentToken } = await buildVisitor();
    const agent = await connectSocket(t.url, '/agents', { token: agentToken });
    await agent.ready;
    await commitEvent(t.app, workspace.id, { audience: 'public', contactId });
    await waitFor(() => agent.events.length === 1);
    agent.close();
  });

  it('refuses forged, expired and unknown visitor tokens', async () => {
    const { workspace, contactId, token } = await buildVisitor();
    const expired = await createVisitorSession(t.db, workspace.id, contactId, -1);
    const [, secret] = token.split('.');
    for (const forged of [`${token}x`, `other00000.${secret}`, expired, 'nonsense', '']) {
      await expect(connectSocket(t.url, '/visitors', { token: forged }), forged).rejects.toMatchObject({
        data: { code: 'unauthorized' },
      });
    }
  });

  it('relays typing in its own conversation to the agents, and refuses another contact’s conversation', async () => {
    const { workspace, contactId, token, agentToken } = await buildVisitor();
    const own = await insertConversation(t.db, workspace.id, contactId);
    const someoneElses = await insertConversation(t.db, workspace.id, await insertContact(t.db, workspace.id));
    const agent = await connectSocket(t.url, '/agents', { token: agentToken });
    const visitor = await connectSocket(t.url, '/visitors', { token });
    await Promise.all([agent.ready, visitor.ready]);

    expect(await visitor.send('typing', { conversation_id: someoneElses })).toMatchObject({
      ok: false,
      error: { code: 'conversation_not_found' },
    });
    expect(await visitor.send('typing', { conversation_id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'parameter_invalid' },
    });
    expect(await visitor.send('typing', { conversation_id: own })).toEqual({ ok: true });
    await waitFor(() => agent.typing.length > 0);
    expect(agent.typing).toEqual([
      { type: 'typing', conversation_id: own, is_typing: true, author: { type: 'contact', id: String(contactId) } },
    ]);
    agent.close();
    visitor.close();
  });

  it('resumes with only its own public events after `after`', async () => {
    const { workspace, contactId, token } = await buildVisitor();
    const ws = workspace.id;
    await commitEvent(t.app, ws, { audience: 'public', contactId });
    await commitEvent(t.app, ws, { audience: 'agents', contactId });
    await commitEvent(t.app, ws, { audience: 'public', contactId: await insertContact(t.db, ws) });
    await commitEvent(t.app, ws, { audience: 'public', contactId });
    const visitor = await connectSocket(t.url, '/visitors', { token, after: 0 });
    expect(await visitor.ready).toEqual({ type: 'ready', last_id: 4 });
    expect(visitor.events.map((e) => e.id)).toEqual([1, 4]);
    visitor.close();
  });
});
