import { describe, expect, it } from 'vitest';
import { ZConversationSchema } from '../../../protocol/conversations.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function setup() {
  const team = await buildTeamWorkspace(t.db);
  const contact = await insertContact(t.db, team.workspace.id);
  const id = await buildConversation(t.app, team.adminToken, contact.id);
  return { ...team, contact, id };
}

const post = (token: string, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/conversations/${url}`, headers: bearer(token), payload });

async function conversationOf(token: string, id: string) {
  return ZConversationSchema.parse(
    (await t.app.inject({ url: `/api/conversations/${id}`, headers: bearer(token) })).json(),
  );
}

describe('what the list and thread say', () => {
  it('marks the list preview as a note while a note is the last message, until someone writes again', async () => {
    const { adminToken, contact, id } = await setup();
    expect((await conversationOf(adminToken, id)).last_part_is_note).toBe(false);
    await post(adminToken, `${id}/reply`, { type: 'admin', message_type: 'note', body: 'Refund approved' });
    const noted = await conversationOf(adminToken, id);
    expect(noted).toMatchObject({ last_part_is_note: true, last_part_preview: 'Refund approved' });
    const list = await t.app.inject({ url: '/api/views/all/conversations', headers: bearer(adminToken) });
    expect(list.json().conversations[0]).toMatchObject({ id, last_part_is_note: true });

    await post(adminToken, `${id}/reply`, {
      type: 'user',
      message_type: 'comment',
      intercom_user_id: String(contact.id),
      body: 'Thanks!',
    });
    expect(await conversationOf(adminToken, id)).toMatchObject({
      last_part_is_note: false,
      last_part_preview: 'Thanks!',
    });
  });

  it('keeps the wake-up time on the snooze part', async () => {
    const { adminToken, id } = await setup();
    const until = Math.floor(Date.now() / 1000) + 3600;
    await post(adminToken, `${id}/parts`, { message_type: 'snoozed', snoozed_until: until });
    const parts = (await conversationOf(adminToken, id)).conversation_parts?.conversation_parts ?? [];
    expect(parts.at(-1)).toMatchObject({ part_type: 'snoozed', metadata: { snoozed_until: until } });
  });
});
