import { describe, expect, it } from 'vitest';
import { ZConversationSchema } from '../../../protocol/conversations.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import type { StoredEvent } from '../../events/outbox.ts';

const t = setupTestApp();

async function setup() {
  const team = await buildTeamWorkspace(t.db);
  const contact = await insertContact(t.db, team.workspace.id);
  const id = await buildConversation(t.app, team.adminToken, contact.id);
  return { ...team, id };
}

function reply(token: string, id: string, payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/api/conversations/${id}/reply`,
    headers: bearer(token),
    payload: { type: 'admin', message_type: 'comment', body: '<p>On it</p>', ...payload },
  });
}

async function conversationOf(token: string, id: string) {
  const response = await t.app.inject({ url: `/api/conversations/${id}`, headers: bearer(token) });
  return ZConversationSchema.parse(response.json());
}

describe('replying assigns an unassigned conversation to the replier', () => {
  it('assigns it with an assignment part by and to the replier, just before the reply, in its events', async () => {
    const { agent, agentToken, id } = await setup();
    const published: StoredEvent[] = [];
    const unsubscribe = t.app.eventBus.subscribe((events) => published.push(...events));
    expect((await reply(agentToken, id, {})).statusCode).toBe(200);
    unsubscribe();

    const conversation = await conversationOf(agentToken, id);
    expect(conversation.admin_assignee_id).toBe(agent.id);
    expect(conversation.statistics.count_assignments).toBe(1);
    const parts = conversation.conversation_parts?.conversation_parts ?? [];
    expect(parts.map((part) => part.part_type)).toEqual(['assignment', 'comment']);
    expect(parts[0]).toMatchObject({
      author: { type: 'admin', id: String(agent.id) },
      assigned_to: { type: 'admin', id: String(agent.id) },
      public: false,
      metadata: { reason: 'replied' },
    });
    const assigned = published.find(
      (event) =>
        event.type === 'conversation.part.created' &&
        (event.payload as { part?: { part_type?: string } }).part?.part_type === 'assignment',
    );
    expect(assigned).toMatchObject({ audience: 'agents' });
  });

  it('also for a reply through Intercom’s API by an admin named in admin_id', async () => {
    const { admin, adminToken, id } = await setup();
    await reply(adminToken, id, { admin_id: String(admin.id) });
    expect((await conversationOf(adminToken, id)).admin_assignee_id).toBe(admin.id);
  });

  it('leaves it unassigned for a note, and a conversation someone holds with them', async () => {
    const { agentToken, managerToken, manager, id } = await setup();
    await reply(agentToken, id, { message_type: 'note', body: 'Looking' });
    expect((await conversationOf(agentToken, id)).admin_assignee_id).toBeNull();

    await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/parts`,
      headers: bearer(managerToken),
      payload: { message_type: 'assignment', type: 'admin', admin_id: String(manager.id), assignee_id: manager.id },
    });
    await reply(agentToken, id, {});
    const conversation = await conversationOf(agentToken, id);
    expect(conversation.admin_assignee_id).toBe(manager.id);
    expect(conversation.conversation_parts?.conversation_parts.map((part) => part.part_type)).toEqual([
      'note',
      'assignment',
      'comment',
    ]);
  });

  it('does nothing when the workspace turned the setting off', async () => {
    const { agentToken, managerToken, id } = await setup();
    const off = await t.app.inject({
      method: 'PUT',
      url: '/api/assignment/settings',
      headers: bearer(managerToken),
      payload: { reply_assigns: false },
    });
    expect(off.json()).toMatchObject({ reply_assigns: false });
    await reply(agentToken, id, {});
    const conversation = await conversationOf(agentToken, id);
    expect(conversation.admin_assignee_id).toBeNull();
    expect(conversation.conversation_parts?.conversation_parts.map((part) => part.part_type)).toEqual(['comment']);
  });

  it('assigns once when the same reply is retried with its idempotency key', async () => {
    const { agentToken, id } = await setup();
    await reply(agentToken, id, { idempotency_key: 'k1' });
    await reply(agentToken, id, { idempotency_key: 'k1' });
    const parts = (await conversationOf(agentToken, id)).conversation_parts?.conversation_parts ?? [];
    expect(parts.map((part) => part.part_type)).toEqual(['assignment', 'comment']);
  });
});
