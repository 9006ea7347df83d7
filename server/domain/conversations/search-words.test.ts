import { describe, expect, it } from 'vitest';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

function post(token: string, query: unknown) {
  return t.app.inject({ method: 'POST', url: '/api/conversations/search', headers: bearer(token), payload: { query } });
}

async function found(token: string, query: unknown): Promise<string[]> {
  const response = await post(token, query);
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json()
    .conversations.map((c: { id: string }) => c.id)
    .sort();
}

describe('POST /api/conversations/search by words', () => {
  it('matches source.body by words through the index: accents, case and word prefixes aside; !~ excludes', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const info = await buildConversation(t.app, adminToken, contact.id, '<p>Necesito INFORMACIÓN sobre envíos</p>');
    const other = await buildConversation(t.app, adminToken, contact.id, 'Mi pedido no llega');

    expect(await found(adminToken, { field: 'source.body', operator: '~', value: 'informacion' })).toEqual([info]);
    expect(await found(adminToken, { field: 'source.body', operator: '~', value: 'envio informa' })).toEqual([info]);
    expect(await found(adminToken, { field: 'source.body', operator: '!~', value: 'información' })).toEqual([other]);
    expect(await found(adminToken, { field: 'source.body', operator: '=', value: 'Mi pedido no llega' })).toEqual([
      other,
    ]);
  });

  it('matches conversation_parts.body in any comment or note', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const [first, second] = [
      await buildConversation(t.app, adminToken, contact.id, 'Hola'),
      await buildConversation(t.app, adminToken, contact.id, 'Hola'),
    ];
    await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${first}/reply`,
      headers: bearer(adminToken),
      payload: { message_type: 'note', type: 'admin', body: 'Cliente con reembolso pendiente' },
    });
    const query = { field: 'conversation_parts.body', operator: '~', value: 'Reembolso' };
    expect(await found(adminToken, query)).toEqual([first]);
    expect(await found(adminToken, { ...query, operator: '!~' })).toEqual([second]);
    const equals = await post(adminToken, { ...query, operator: '=' });
    expect(equals.statusCode).toBe(400);
  });

  it('never matches another workspace’s text', async () => {
    const mine = await buildTeamWorkspace(t.db, 'Mine');
    const theirs = await buildTeamWorkspace(t.db, 'Theirs');
    const contact = await insertContact(t.db, theirs.workspace.id);
    await buildConversation(t.app, theirs.adminToken, contact.id, 'zafiro');
    expect(await found(mine.adminToken, { field: 'source.body', operator: '~', value: 'zafiro' })).toEqual([]);
    expect(await found(mine.adminToken, { field: 'conversation_parts.body', operator: '~', value: 'zafiro' })).toEqual(
      [],
    );
  });

  it('takes hostile text as words (never a 500); NUL or over-long text is a 400 naming the value', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id, 'zeta (beta)');
    for (const value of ["zeta & | ! ( ) : * ' \\", "'beta':*", '<b>zeta</b>', '&|!():*', '']) {
      const response = await post(adminToken, { field: 'source.body', operator: '~', value });
      expect(response.statusCode, JSON.stringify(value)).toBe(200);
    }
    expect(await found(adminToken, { field: 'source.body', operator: '~', value: "zeta & | ! ( ) : * ' \\" })).toEqual([
      id,
    ]);
    for (const value of ['zeta\0', 'x'.repeat(1001)]) {
      const response = await post(adminToken, { field: 'source.body', operator: '~', value });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('query.value');
    }
    const nul = await post(adminToken, { field: 'title', operator: '=', value: 'a\0b' });
    expect(nul.statusCode).toBe(400);
  });
});
