import { describe, expect, it } from 'vitest';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeammate, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import type { StoredEvent } from '../../events/outbox.ts';
import { findMentionedTeammates } from './mentions.ts';

const t = setupTestApp();

describe('finding mentions', () => {
  const people = [
    { id: 1, name: 'Ana García' },
    { id: 2, name: 'Luis Pérez' },
    { id: 3, name: 'Luis Ortega' },
    { id: 4, name: 'Sofía' },
  ];
  it('matches full names, unique first names, case and accents', () => {
    expect(findMentionedTeammates('<p>@ana garcía mira esto</p>', people)).toEqual([1]);
    expect(findMentionedTeammates('@Ana, @Sofía: ¿podéis?', people)).toEqual([1, 4]);
  });
  it('does not match an ambiguous first name, an email, or a name inside a longer word', () => {
    expect(findMentionedTeammates('@Luis ayuda', people)).toEqual([]);
    expect(findMentionedTeammates('@Luis Ortega ayuda', people)).toEqual([3]);
    expect(findMentionedTeammates('escribe a soporte@ana.com', people)).toEqual([]);
    expect(findMentionedTeammates('@Anabel', people)).toEqual([]);
  });
});

describe('mentions in notes', () => {
  it('records the mention and notifies only the mentioned teammate', async () => {
    const { workspace, admin, adminToken } = await buildTeamWorkspace(t.db);
    const luis = await buildTeammate(t.db, workspace.id, { name: 'Luis Pérez' });
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    const published: StoredEvent[] = [];
    const unsubscribe = t.app.eventBus.subscribe((events) => published.push(...events));
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: bearer(adminToken),
      payload: { message_type: 'note', type: 'admin', body: '<p>@Luis Pérez ¿lo revisas?</p>' },
    });
    unsubscribe();
    expect(response.statusCode).toBe(200);
    const mentions = await t.db.selectFrom('mentions').selectAll().where('conversation_id', '=', Number(id)).execute();
    expect(mentions.map((m) => m.teammate_id)).toEqual([luis.id]);
    const notification = published.find((e) => e.type === 'mention.created');
    expect(notification).toMatchObject({ audience: 'teammate', teammate_id: luis.id, conversation_id: Number(id) });
    expect(notification?.payload).toMatchObject({ by_admin_id: String(admin.id) });
  });

  it('records no mention for a comment to the customer', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    await buildTeammate(t.db, workspace.id, { name: 'Luis Pérez' });
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: bearer(adminToken),
      payload: { message_type: 'comment', type: 'admin', body: '@Luis Pérez te atenderá' },
    });
    const mentions = await t.db.selectFrom('mentions').selectAll().where('conversation_id', '=', Number(id)).execute();
    expect(mentions).toEqual([]);
  });
});
