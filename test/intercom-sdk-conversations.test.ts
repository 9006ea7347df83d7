import { IntercomClient } from 'intercom-client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { buildTeamWorkspace } from './factories.ts';
import { setupTestApp } from './harness.ts';

/**
 * The workflow of issue #4 through Intercom's official Node SDK pointed at Charla with a CLI-style token:
 * admins, contacts, a conversation, admin reply, note, assignment, close, search and tagging.
 */
describe('intercom-client conversations against Charla', () => {
  const t = setupTestApp({}, { listen: true });
  let client: IntercomClient;
  let admin: TeammateRow;
  let agent: TeammateRow;

  beforeAll(async () => {
    const workspace = await buildTeamWorkspace(t.db);
    admin = workspace.admin;
    agent = workspace.agent;
    client = new IntercomClient({ baseUrl: `${t.url}/api`, token: workspace.adminToken, maxRetries: 0 });
  });

  it('runs the support workflow end to end', async () => {
    const admins = await client.admins.list();
    expect(admins.admins?.map((a) => a?.id)).toContain(String(agent.id));

    const contact = await client.contacts.create({ email: 'cliente@example.com', name: 'Cliente Uno' });
    const found = await client.contacts.search({
      query: { field: 'email', operator: '=', value: 'cliente@example.com' },
    });
    expect(found.data.map((c) => c.id)).toEqual([contact.id]);

    const message = await client.conversations.create({
      from: { type: 'user', id: contact.id },
      body: 'Hola, ¿me ayudan?',
    });
    expect(message).toMatchObject({ type: 'user_message' });
    const conversationId = message.conversation_id ?? '';

    const replied = await client.conversations.reply({
      conversation_id: conversationId,
      body: { message_type: 'comment', type: 'admin', admin_id: String(admin.id), body: 'Claro, dime.' },
    });
    expect(replied.conversation_parts?.conversation_parts?.at(-1)).toMatchObject({ part_type: 'comment' });

    const noted = await client.conversations.reply({
      conversation_id: conversationId,
      body: { message_type: 'note', type: 'admin', admin_id: String(admin.id), body: 'Revisar pedido' },
    });
    expect(noted.conversation_parts?.conversation_parts?.at(-1)).toMatchObject({ part_type: 'note' });

    const assigned = await client.conversations.manage({
      conversation_id: conversationId,
      body: { message_type: 'assignment', type: 'admin', admin_id: String(admin.id), assignee_id: String(agent.id) },
    });
    expect(assigned.admin_assignee_id).toBe(agent.id);

    const tag = await client.tags.create({ name: 'pedido' });
    const tagged = await client.tags.tagConversation({
      conversation_id: conversationId,
      id: tag.id,
      admin_id: String(admin.id),
    });
    expect(tagged).toMatchObject({ type: 'tag', name: 'pedido' });

    const closed = await client.conversations.manage({
      conversation_id: conversationId,
      body: { message_type: 'close', type: 'admin', admin_id: String(admin.id) },
    });
    expect(closed.state).toBe('closed');

    const page = await client.conversations.search({
      query: {
        operator: 'AND',
        value: [
          { field: 'state', operator: '=', value: 'closed' },
          { field: 'tag_ids', operator: 'IN', value: [tag.id] },
        ],
      },
    });
    const ids = [];
    for await (const conversation of page) ids.push(conversation.id);
    expect(ids).toEqual([conversationId]);

    const untagged = await client.tags.untagConversation({
      conversation_id: conversationId,
      tag_id: tag.id,
      admin_id: String(admin.id),
    });
    expect(untagged).toMatchObject({ id: tag.id });
    const fetched = await client.conversations.find({ conversation_id: conversationId });
    expect(fetched.tags?.tags).toEqual([]);
  });

  it('lists every conversation with the SDK’s auto-pager, which stops', async () => {
    const contact = await client.contacts.create({ email: 'pager@example.com' });
    for (let i = 0; i < 3; i++)
      await client.conversations.create({ from: { type: 'user', id: contact.id }, body: `m${i}` });
    const ids = [];
    for await (const conversation of await client.conversations.list({ per_page: 2 })) ids.push(conversation.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(4);
  });

  it('gets a 4xx (never retried) for a bad request', async () => {
    await expect(
      client.conversations.manage({
        conversation_id: '999999',
        body: { message_type: 'close', type: 'admin', admin_id: String(admin.id) },
      }),
    ).rejects.toMatchObject({ statusCode: 404 });
  });
});
