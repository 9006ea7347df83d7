import { describe, expect, it } from 'vitest';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { wakeSnoozedConversations } from './wake-snoozed.ts';

const t = setupTestApp();

const eventsOf = (workspaceId: string) =>
  t.db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute();

describe('the event outbox', () => {
  it('writes an event row for every change, numbered 1, 2, 3… per workspace, public only for customer-visible parts', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    const reply = (payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/conversations/${id}/reply`, headers: bearer(adminToken), payload });
    await reply({ message_type: 'comment', type: 'admin', body: 'hola' });
    await reply({ message_type: 'note', type: 'admin', body: 'interno' });
    const events = await eventsOf(workspace.id);
    expect(events.map((e) => Number(e.id))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(events.map((e) => [e.type, e.audience])).toEqual([
      ['conversation.created', 'public'],
      // The reply assigns the unassigned conversation to its author first, for teammates only.
      ['conversation.part.created', 'agents'],
      ['conversation.updated', 'agents'],
      ['conversation.part.created', 'public'],
      ['conversation.updated', 'agents'],
      ['conversation.part.created', 'agents'],
      ['conversation.updated', 'agents'],
    ]);
    expect(events[5]?.payload).toMatchObject({ part: { part_type: 'note', public: false } });
  });

  it('writes no event when the change fails', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    const before = await eventsOf(workspace.id);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/parts`,
      headers: bearer(adminToken),
      payload: { message_type: 'snoozed', snoozed_until: 5 },
    });
    expect(bad.statusCode).toBe(400);
    expect(await eventsOf(workspace.id)).toEqual(before);
    const row = await t.db
      .selectFrom('event_counters')
      .select('last_event_id')
      .where('workspace_id', '=', workspace.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.last_event_id)).toBe(before.length);
  });

  it('keeps ids contiguous under concurrent writes to one workspace', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const ids = await Promise.all(Array.from({ length: 5 }, () => buildConversation(t.app, adminToken, contact.id)));
    await Promise.all(
      ids.map((id) =>
        t.app.inject({
          method: 'POST',
          url: `/api/conversations/${id}/reply`,
          headers: bearer(adminToken),
          payload: { message_type: 'comment', type: 'admin', body: 'x' },
        }),
      ),
    );
    const events = await eventsOf(workspace.id);
    // Each: created, then the replier's assignment and the reply, each with its conversation.updated.
    expect(events.map((e) => Number(e.id))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

describe('snoozed conversations', () => {
  it('reopen by themselves once snoozed_until passes, with an event part', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    const until = Math.floor(Date.now() / 1000) + 60;
    await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/parts`,
      headers: bearer(adminToken),
      payload: { message_type: 'snoozed', snoozed_until: until },
    });
    expect(await wakeSnoozedConversations(t.app, new Date())).toBe(0);
    expect(await wakeSnoozedConversations(t.app, new Date((until + 1) * 1000))).toBeGreaterThanOrEqual(1);
    const conversation = (await t.app.inject({ url: `/api/conversations/${id}`, headers: bearer(adminToken) })).json();
    expect(conversation).toMatchObject({ state: 'open', snoozed_until: null });
    expect(conversation.conversation_parts.conversation_parts.at(-1)).toMatchObject({
      part_type: 'open',
      author: { type: 'bot' },
      metadata: { reason: 'snooze_expired' },
    });
    expect(await wakeSnoozedConversations(t.app, new Date((until + 2) * 1000))).toBe(0);
  });
});
