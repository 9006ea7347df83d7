import { describe, expect, it } from 'vitest';
import { ZDraftListSchema, ZDraftSchema } from '../../../protocol/drafts.ts';
import { ZEventListSchema } from '../../../protocol/events.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function setup() {
  const team = await buildTeamWorkspace(t.db);
  const contact = await insertContact(t.db, team.workspace.id);
  const id = await buildConversation(t.app, team.adminToken, contact.id);
  return { ...team, id };
}

function putDraft(token: string, id: string, payload: unknown) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/conversations/${id}/draft`,
    headers: bearer(token),
    payload: payload as object,
  });
}

async function draftOf(token: string, id: string) {
  const response = await t.app.inject({ url: `/api/conversations/${id}/draft`, headers: bearer(token) });
  expect(response.statusCode).toBe(200);
  return ZDraftSchema.strict().parse(response.json());
}

async function myDrafts(token: string) {
  const response = await t.app.inject({ url: '/api/drafts', headers: bearer(token) });
  expect(response.statusCode).toBe(200);
  return ZDraftListSchema.parse(response.json()).drafts.map((draft) => draft.conversation_id);
}

function reply(token: string, id: string, messageType: 'comment' | 'note') {
  return t.app.inject({
    method: 'POST',
    url: `/api/conversations/${id}/reply`,
    headers: bearer(token),
    payload: { type: 'admin', message_type: messageType, body: '<p>Sent</p>' },
  });
}

async function storedDraftCount(workspaceId: string) {
  const rows = await t.db
    .selectFrom('conversation_drafts')
    .select('conversation_id')
    .where('workspace_id', '=', workspaceId)
    .execute();
  return rows.length;
}

describe('drafts', () => {
  it('keeps the reply and the note apart, per teammate, and lists the conversations that have one', async () => {
    const { agentToken, managerToken, id } = await setup();
    expect(await draftOf(agentToken, id)).toEqual({
      type: 'draft',
      conversation_id: id,
      reply: '',
      note: '',
      kind: 'reply',
      updated_at: null,
    });
    expect((await putDraft(agentToken, id, { reply: 'Hola María,\nte escribo' })).statusCode).toBe(200);
    const saved = await putDraft(agentToken, id, { note: '@Marta ¿lo ves tú?', kind: 'note' });
    expect(saved.json()).toMatchObject({ reply: 'Hola María,\nte escribo', note: '@Marta ¿lo ves tú?', kind: 'note' });

    expect(await draftOf(agentToken, id)).toMatchObject({
      reply: 'Hola María,\nte escribo',
      note: '@Marta ¿lo ves tú?',
    });
    expect((await draftOf(agentToken, id)).updated_at).toBeGreaterThan(0);
    expect(await myDrafts(agentToken)).toEqual([id]);
    expect(await draftOf(managerToken, id)).toMatchObject({ reply: '', note: '', updated_at: null });
    expect(await myDrafts(managerToken)).toEqual([]);
  });

  it('keeps typed HTML as the text it is', async () => {
    const { agentToken, id } = await setup();
    const html = '<img src=x onerror="alert(1)"><b>bold</b> &amp;';
    await putDraft(agentToken, id, { reply: html });
    expect((await draftOf(agentToken, id)).reply).toBe(html);
  });

  it('clears a text sent empty, and deletes the draft once both are empty', async () => {
    const { agentToken, workspace, id } = await setup();
    await putDraft(agentToken, id, { reply: 'uno', note: 'dos' });
    await putDraft(agentToken, id, { reply: '' });
    expect(await draftOf(agentToken, id)).toMatchObject({ reply: '', note: 'dos' });
    expect(await myDrafts(agentToken)).toEqual([id]);
    const emptied = await putDraft(agentToken, id, { note: '' });
    expect(emptied.json()).toMatchObject({ reply: '', note: '', updated_at: null });
    expect(await myDrafts(agentToken)).toEqual([]);
    expect(await storedDraftCount(workspace.id)).toBe(0);

    await putDraft(agentToken, id, { reply: 'otra vez' });
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/conversations/${id}/draft`,
      headers: bearer(agentToken),
    });
    expect(deleted.statusCode).toBe(200);
    expect(await storedDraftCount(workspace.id)).toBe(0);
  });

  it('goes when its author sends that reply or note, keeping the other text and other teammates’ drafts', async () => {
    const { agentToken, managerToken, id } = await setup();
    await putDraft(agentToken, id, { reply: 'Respuesta', note: 'Nota' });
    await putDraft(managerToken, id, { reply: 'La mía' });

    expect((await reply(agentToken, id, 'comment')).statusCode).toBe(200);
    expect(await draftOf(agentToken, id)).toMatchObject({ reply: '', note: 'Nota' });
    expect(await draftOf(managerToken, id)).toMatchObject({ reply: 'La mía' });

    expect((await reply(agentToken, id, 'note')).statusCode).toBe(200);
    expect(await draftOf(agentToken, id)).toMatchObject({ reply: '', note: '', updated_at: null });
    expect(await myDrafts(agentToken)).toEqual([]);
    expect(await myDrafts(managerToken)).toEqual([id]);
  });

  it('keeps the draft when the send fails', async () => {
    const { agentToken, id } = await setup();
    await putDraft(agentToken, id, { reply: 'Respuesta' });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: bearer(agentToken),
      payload: { type: 'admin', message_type: 'comment', body: '' },
    });
    expect(refused.statusCode).toBe(400);
    expect((await draftOf(agentToken, id)).reply).toBe('Respuesta');
  });

  it('tells only its author’s tabs that it changed, without its text', async () => {
    const { agentToken, managerToken, id } = await setup();
    const before = ZEventListSchema.parse(
      (await t.app.inject({ url: '/api/events?after=0', headers: bearer(agentToken) })).json(),
    ).last_id;
    await putDraft(agentToken, id, { reply: 'secreto a medias' });
    await reply(agentToken, id, 'comment');

    const mine = ZEventListSchema.parse(
      (await t.app.inject({ url: `/api/events?after=${before}`, headers: bearer(agentToken) })).json(),
    );
    const draftEvents = mine.events.filter((event) => event.type === 'event' && event.topic === 'draft.updated');
    expect(draftEvents.map((event) => (event.type === 'event' ? event.data : null))).toMatchObject([
      { conversation_id: id, has_draft: true },
      { conversation_id: id, has_draft: false, updated_at: null },
    ]);
    expect(JSON.stringify(draftEvents)).not.toContain('secreto');

    const theirs = ZEventListSchema.parse(
      (await t.app.inject({ url: `/api/events?after=${before}`, headers: bearer(managerToken) })).json(),
    );
    expect(theirs.events.filter((event) => event.type === 'event' && event.topic === 'draft.updated')).toEqual([]);
    expect(theirs.events.map((event) => event.id)).toEqual(mine.events.map((event) => event.id));
  });

  it.each([
    ['a NUL character', { reply: 'a\u0000b' }],
    ['broken Unicode', { note: 'roto \ud800' }],
    ['a text longer than a reply may be', { reply: 'x'.repeat(65_537) }],
    ['an unknown key', { body: 'hola' }],
    ['an unknown kind', { reply: 'hola', kind: 'email' }],
    ['a number for text', { reply: 42 }],
  ])('refuses %s with a 400 and writes nothing', async (_label, payload) => {
    const { agentToken, workspace, id } = await setup();
    const response = await putDraft(agentToken, id, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().type).toBe('error.list');
    expect(await storedDraftCount(workspace.id)).toBe(0);
  });

  it('answers 404 for another workspace’s conversation, and for one that does not exist', async () => {
    const { id } = await setup();
    const other = await buildTeamWorkspace(t.db, 'Other Co');
    for (const conversationId of [id, '999999', 'abc']) {
      const put = await putDraft(other.agentToken, conversationId, { reply: 'colado' });
      expect(put.statusCode).toBe(404);
      const get = await t.app.inject({
        url: `/api/conversations/${conversationId}/draft`,
        headers: bearer(other.agentToken),
      });
      expect(get.statusCode).toBe(404);
      const remove = await t.app.inject({
        method: 'DELETE',
        url: `/api/conversations/${conversationId}/draft`,
        headers: bearer(other.agentToken),
      });
      expect(remove.statusCode).toBe(404);
    }
    expect(await storedDraftCount(other.workspace.id)).toBe(0);
  });

  it('needs a signed-in teammate', async () => {
    const { id } = await setup();
    expect((await t.app.inject({ url: '/api/drafts' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'PUT', url: `/api/conversations/${id}/draft`, payload: {} })).statusCode).toBe(
      401,
    );
  });
});
