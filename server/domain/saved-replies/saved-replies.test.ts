import { describe, expect, it } from 'vitest';
import { ZSavedReplyListSchema, ZSavedReplySchema } from '../../../protocol/saved-replies.ts';
import { bearer, buildTeamWorkspace, countRows } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();
const greeting = { name: 'Saludo', body: 'Hola {{contact.first_name}}, soy {{teammate.first_name}}.' };

async function createSavedReply(token: string, payload: Record<string, unknown> = greeting) {
  return t.app.inject({ method: 'POST', url: '/api/saved_replies', headers: bearer(token), payload });
}

describe('saved replies', () => {
  it('lets a manager create one that any teammate lists and finds', async () => {
    const { managerToken, agentToken } = await buildTeamWorkspace(t.db);
    const created = await createSavedReply(managerToken);
    expect(created.statusCode).toBe(200);
    const savedReply = ZSavedReplySchema.strict().parse(created.json());
    expect(savedReply).toMatchObject(greeting);

    const list = await t.app.inject({ url: '/api/saved_replies', headers: bearer(agentToken) });
    expect(ZSavedReplyListSchema.strict().parse(list.json()).data).toEqual([savedReply]);
    const found = await t.app.inject({ url: `/api/saved_replies/${savedReply.id}`, headers: bearer(agentToken) });
    expect(found.json()).toEqual(savedReply);
  });

  it('lets an admin rename, rewrite and delete one', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const { id } = (await createSavedReply(adminToken)).json();
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/saved_replies/${id}`,
      headers: bearer(adminToken),
      payload: { name: 'Bienvenida', body: 'Gracias, {{contact.name}}.' },
    });
    expect(edited.json()).toMatchObject({ id, name: 'Bienvenida', body: 'Gracias, {{contact.name}}.' });
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/saved_replies/${id}`,
      headers: bearer(adminToken),
    });
    expect(deleted.json()).toEqual({ type: 'saved_reply', id, deleted: true });
    const gone = await t.app.inject({ url: `/api/saved_replies/${id}`, headers: bearer(adminToken) });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().errors[0].code).toBe('saved_reply_not_found');
  });

  it('refuses agents creating, editing or deleting (403) and writes nothing', async () => {
    const { adminToken, agentToken } = await buildTeamWorkspace(t.db);
    const { id } = (await createSavedReply(adminToken)).json();
    const before = await countRows(t.db, 'saved_replies');
    const attempts = [
      await createSavedReply(agentToken, { name: 'Rogue', body: 'x' }),
      await t.app.inject({
        method: 'PUT',
        url: `/api/saved_replies/${id}`,
        headers: bearer(agentToken),
        payload: { body: 'changed' },
      }),
      await t.app.inject({ method: 'DELETE', url: `/api/saved_replies/${id}`, headers: bearer(agentToken) }),
    ];
    expect(attempts.map((response) => response.statusCode)).toEqual([403, 403, 403]);
    expect(await countRows(t.db, 'saved_replies')).toBe(before);
    const unchanged = await t.app.inject({ url: `/api/saved_replies/${id}`, headers: bearer(agentToken) });
    expect(unchanged.json().body).toBe(greeting.body);
  });

  it('answers 409 saved_reply_name_taken for a duplicate name, on create and on rename', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    await createSavedReply(adminToken);
    const again = await createSavedReply(adminToken);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ code: 'saved_reply_name_taken', field: 'name' });
    const other = (await createSavedReply(adminToken, { name: 'Otro', body: 'x' })).json();
    const renamed = await t.app.inject({
      method: 'PUT',
      url: `/api/saved_replies/${other.id}`,
      headers: bearer(adminToken),
      payload: { name: greeting.name },
    });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().errors[0].code).toBe('saved_reply_name_taken');
  });

  it('answers 400 naming the field for bad input and writes nothing', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const before = await countRows(t.db, 'saved_replies');
    const cases = [
      [{ name: '', body: 'x' }, 'name'],
      [{ name: 'Sin cuerpo' }, 'body'],
      [{ name: 'Vacío', body: '   ' }, 'body'],
      [{ name: 'Largo', body: 'x'.repeat(10_001) }, 'body'],
      [{ name: 'Extra', body: 'x', folder: 'a' }, undefined],
    ] as const;
    for (const [payload, field] of cases) {
      const response = await createSavedReply(adminToken, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      if (field) expect(response.json().errors[0].field).toBe(field);
    }
    expect(await countRows(t.db, 'saved_replies')).toBe(before);
  });

  it('treats another workspace’s saved reply as not found', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const { id } = (await createSavedReply(a.adminToken)).json();
    const requests = [
      { method: 'GET', url: `/api/saved_replies/${id}` },
      { method: 'PUT', url: `/api/saved_replies/${id}`, payload: { body: 'hijacked' } },
      { method: 'DELETE', url: `/api/saved_replies/${id}` },
    ] as const;
    for (const request of requests) {
      const response = await t.app.inject({ ...request, headers: bearer(b.adminToken) });
      expect(response.statusCode).toBe(404);
    }
    const list = await t.app.inject({ url: '/api/saved_replies', headers: bearer(b.adminToken) });
    expect(list.json().data).toEqual([]);
    const kept = await t.app.inject({ url: `/api/saved_replies/${id}`, headers: bearer(a.adminToken) });
    expect(kept.json().body).toBe(greeting.body);
  });
});
