import { describe, expect, it } from 'vitest';
import type { ConversationSearchHit, InboxSearchResult, SearchSnippet } from '../../../protocol/search.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function search(token: string, q: string, perPage?: number) {
  const query = new URLSearchParams({ q, ...(perPage ? { per_page: String(perPage) } : {}) });
  return t.app.inject({ method: 'GET', url: `/api/search?${query}`, headers: bearer(token) });
}

async function results(token: string, q: string): Promise<InboxSearchResult> {
  const response = await search(token, q);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const marked = (snippet: SearchSnippet) => snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));
const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id).sort();

async function reply(token: string, id: string, kind: 'comment' | 'note', body: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/conversations/${id}/reply`,
    headers: bearer(token),
    payload: { message_type: kind, type: 'admin', body },
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('GET /api/search', () => {
  it('finds "información" by "informacion", any case, the last word as a prefix, and marks the match', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id, { name: 'Pablo Ruiz' });
    const wanted = await buildConversation(
      t.app,
      adminToken,
      contact.id,
      'Hola, quiero <b>más</b> información del plan',
    );
    await buildConversation(t.app, adminToken, contact.id, 'Otra cosa distinta');

    for (const q of ['informacion', 'INFORMACIÓN', 'inform', 'plan informa']) {
      const found = await results(adminToken, q);
      expect(ids(found.conversations), q).toEqual([wanted]);
    }
    const [hit] = (await results(adminToken, 'informacion')).conversations as ConversationSearchHit[];
    expect(hit?.matched).toBe('conversation');
    expect(hit?.snippet.text).toBe('Hola, quiero más información del plan');
    expect(marked(hit?.snippet as SearchSnippet)).toEqual(['información']);
    expect(hit?.contact.name.text).toBe('Pablo Ruiz');
  });

  it('searches comments and notes (for teammates), in Spanish and English, with stems for finished words', async () => {
    const { workspace, adminToken, agentToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const billing = await buildConversation(t.app, adminToken, contact.id, 'Hola');
    const refund = await buildConversation(t.app, adminToken, contact.id, 'Hello');
    await reply(adminToken, billing, 'note', '<p>Revisar la factura de marzo con contabilidad</p>');
    await reply(adminToken, refund, 'comment', '<p>I was charged twice, please refund me</p>');

    const note = (await results(agentToken, 'contabilidad')).conversations;
    expect(note.map((hit) => [hit.id, hit.matched])).toEqual([[billing, 'note']]);
    expect(ids((await results(agentToken, 'charged twice')).conversations)).toEqual([refund]);
    // "facturas" is finished (a word follows), so its stem finds "factura".
    expect(ids((await results(agentToken, 'facturas marzo')).conversations)).toEqual([billing]);
    expect((await results(agentToken, 'charged nothing')).conversations).toEqual([]);
  });

  it('finds contacts and their conversations by name or email, accents and punctuation aside', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const lucia = await insertContact(t.db, workspace.id, { name: 'Lucía García', email: 'lucia.garcia@acme.test' });
    const other = await insertContact(t.db, workspace.id, { name: 'Ben Smith', email: 'ben@other.test' });
    const hers = await buildConversation(t.app, adminToken, lucia.id, 'No puedo entrar');
    await buildConversation(t.app, adminToken, other.id, 'Tampoco yo');

    for (const q of ['lucia garcia', 'GARCÍA', 'lucia.garcia@acme', 'acme.te']) {
      const found = await results(adminToken, q);
      expect(ids(found.contacts), q).toEqual([String(lucia.id)]);
      expect(ids(found.conversations), q).toEqual([hers]);
    }
    const found = await results(adminToken, 'garcia');
    expect(found.contacts[0]?.latest_conversation_id).toBe(hers);
    expect(marked(found.contacts[0]?.name as SearchSnippet)).toEqual(['García']);
    expect(found.conversations[0]?.matched).toBe('contact');
  });

  it('ranks a match on the contact above one inside a message, and finds old matches behind newer ones', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const rosa = await insertContact(t.db, workspace.id, { name: 'Rosa Vidal' });
    const other = await insertContact(t.db, workspace.id, { name: 'Carmen Soto' });
    const mentions = await buildConversation(t.app, adminToken, other.id, 'Mi amiga Rosa me recomendó escribiros');
    const hers = await buildConversation(t.app, adminToken, rosa.id, 'Hola');
    // A part far back in id order: the search reads the newest id buckets first, then older ones.
    const old = await buildConversation(t.app, adminToken, other.id, 'Hola de nuevo');
    await t.db
      .updateTable('conversation_parts')
      .set({ body: 'nada' })
      .where('workspace_id', '=', workspace.id)
      .execute();
    await t.db
      .insertInto('conversation_parts')
      .values({
        workspace_id: workspace.id,
        id: 3_000_000,
        conversation_id: Number(old),
        part_type: 'comment',
        author_type: 'user',
        author_id: String(other.id),
        body: '<p>Rosa otra vez</p>',
        is_public: true,
        state: 'open',
      })
      .execute();

    const found = await results(adminToken, 'rosa');
    expect(found.conversations[0]?.id).toBe(hers);
    expect(ids(found.conversations)).toEqual([hers, mentions, old].sort());
  });

  it('never shows another workspace’s conversations or contacts', async () => {
    const mine = await buildTeamWorkspace(t.db, 'Mine');
    const theirs = await buildTeamWorkspace(t.db, 'Theirs');
    const stranger = await insertContact(t.db, theirs.workspace.id, { name: 'Zacarías Secreto' });
    await buildConversation(t.app, theirs.adminToken, stranger.id, 'Contraseña secreta zafiro');
    const found = await results(mine.agentToken, 'zafiro');
    expect(found).toMatchObject({ conversations: [], contacts: [] });
    expect((await results(mine.agentToken, 'zacarias')).contacts).toEqual([]);
    expect((await results(theirs.agentToken, 'zafiro')).conversations).toHaveLength(1);
  });

  it('answers hostile text (HTML, tsquery syntax, quotes) without errors, returns text, never HTML, refuses NUL', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id, { name: '<img src=x onerror=alert(1)>' });
    const id = await buildConversation(t.app, adminToken, contact.id, 'Price: 5 & <script>alert(1)</script> zeta');
    const hostile = [
      "zeta & | ! ( ) : * ' \\",
      "'zeta':*",
      'zeta)|(!x',
      "zeta'; DROP TABLE conversations; --",
      '<script>zeta</script>',
      '&|!():*',
      '¿¡«»',
      ' ',
      '',
    ];
    for (const q of hostile) {
      const response = await search(adminToken, q);
      expect(response.statusCode, JSON.stringify(q)).toBe(200);
    }
    const found = await results(adminToken, "zeta & | ! ( ) : * ' \\");
    expect(ids(found.conversations)).toEqual([id]);
    const snippet = found.conversations[0]?.snippet.text ?? '';
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('zeta');
    // NUL cannot be stored: refused at the edge like any text PostgreSQL refuses (api.md).
    for (const q of ['zeta\0', '\0']) {
      const response = await search(adminToken, q);
      expect(response.statusCode, JSON.stringify(q)).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ code: 'invalid_text', field: 'q' });
    }
  });

  it('answers 400 naming the field for too long text or a bad page size, 401 without a teammate', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const long = await search(adminToken, 'palabra '.repeat(40));
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].field).toBe('q');
    const page = await t.app.inject({ method: 'GET', url: '/api/search?q=x&per_page=0', headers: bearer(adminToken) });
    expect(page.statusCode).toBe(400);
    expect(page.json().errors[0].field).toBe('per_page');
    const missing = await t.app.inject({ method: 'GET', url: '/api/search', headers: bearer(adminToken) });
    expect(missing.statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/search?q=hola' });
    expect(anonymous.statusCode).toBe(401);
  });
});
