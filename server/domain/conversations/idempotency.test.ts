import { describe, expect, it } from 'vitest';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function partCount(conversationId: string) {
  const row = await t.db
    .selectFrom('conversation_parts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conversation_id', '=', Number(conversationId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('idempotent sends', () => {
  it('returns the first result for a retried reply with the same Idempotency-Key, adding one part', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/conversations/${id}/reply`,
        headers: { ...bearer(adminToken), 'idempotency-key': 'send-1' },
        payload: { message_type: 'comment', type: 'admin', body: 'Una sola vez' },
      });
    const first = await send();
    const retry = await send();
    expect(retry.statusCode).toBe(200);
    expect(retry.json().conversation_parts).toEqual(first.json().conversation_parts);
    // The reply and, written with it once, the replier's assignment of the unassigned conversation.
    expect(await partCount(id)).toBe(2);
    const events = await t.db
      .selectFrom('events')
      .select('id')
      .where('workspace_id', '=', workspace.id)
      .where('type', '=', 'conversation.part.created')
      .execute();
    expect(events).toHaveLength(2);
  });

  it('never duplicates under concurrent retries of a reply (key in the body)', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.app.inject({
          method: 'POST',
          url: `/api/conversations/${id}/reply`,
          headers: bearer(adminToken),
          payload: {
            message_type: 'comment',
            type: 'user',
            intercom_user_id: String(contact.id),
            body: 'hola',
            idempotency_key: 'c-1',
          },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    expect(await partCount(id)).toBe(1);
  });

  it('never opens two conversations for concurrent retries of the first message', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/conversations',
          headers: { ...bearer(adminToken), 'idempotency-key': 'open-1' },
          payload: { from: { type: 'user', id: String(contact.id) }, body: 'Hola' },
        }),
      ),
    );
    const ids = new Set(responses.map((r) => r.json().conversation_id));
    expect(ids.size).toBe(1);
    const rows = await t.db.selectFrom('conversations').select('id').where('contact_id', '=', contact.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('treats the same key from different senders as different sends', async () => {
    const { workspace, adminToken, managerToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    for (const token of [adminToken, managerToken]) {
      await t.app.inject({
        method: 'POST',
        url: `/api/conversations/${id}/reply`,
        headers: { ...bearer(token), 'idempotency-key': 'same' },
        payload: { message_type: 'note', type: 'admin', body: 'nota' },
      });
    }
    expect(await partCount(id)).toBe(2);
  });

  it('rejects an over-long key with 400 and writes nothing', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: { ...bearer(adminToken), 'idempotency-key': 'k'.repeat(300) },
      payload: { message_type: 'note', type: 'admin', body: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(await partCount(id)).toBe(0);
  });
});
