import { describe, expect, it } from 'vitest';
import { ZContactDeletedSchema, ZContactSchema } from '../../../protocol/contacts.ts';
import { buildContact, countContacts } from '../../../test/contact-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function eventsOf(contactId: string) {
  const rows = await t.db
    .selectFrom('events')
    .select(['type', 'audience', 'payload'])
    .where('contact_id', '=', Number(contactId))
    .orderBy('id')
    .execute();
  return rows;
}

describe('contacts', () => {
  it('creates, finds, updates and deletes a contact as Intercom’s Contact, with an event for each write', async () => {
    const { workspace, agentToken } = await buildTeamWorkspace(t.db);
    const headers = bearer(agentToken);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers,
      payload: {
        email: 'Ana@Acme.com',
        external_id: 'crm-1',
        name: 'Ana Pérez',
        phone: '+34 600 000 000',
        avatar: 'https://example.com/ana.png',
        signed_up_at: 1_700_000_000,
        language_override: 'es',
        custom_attributes: { plan: 'pro', seats: 3, vip: true, note: null },
      },
    });
    expect(created.statusCode).toBe(200);
    const contact = ZContactSchema.strict().parse(created.json());
    expect(contact).toMatchObject({
      workspace_id: workspace.id,
      role: 'user',
      email: 'ana@acme.com',
      email_domain: 'acme.com',
      external_id: 'crm-1',
      signed_up_at: 1_700_000_000,
      language_override: 'es',
      custom_attributes: { plan: 'pro', seats: 3, vip: true, note: null },
      tags: { type: 'list', data: [], url: `/contacts/${contact.id}/tags`, total_count: 0, has_more: false },
      location: { type: 'location', country: null },
    });
    expect(Math.abs(contact.created_at - Date.now() / 1000)).toBeLessThan(60);

    const found = await t.app.inject({ url: `/api/contacts/${contact.id}`, headers });
    expect(found.json()).toEqual(contact);
    const byExternalId = await t.app.inject({ url: '/api/contacts/find_by_external_id/crm-1', headers });
    expect(byExternalId.json()).toEqual(contact);

    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/contacts/${contact.id}`,
      headers,
      payload: { role: 'lead', name: 'Ana P.', phone: null, custom_attributes: { seats: 5, team: 'x' } },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      role: 'lead',
      name: 'Ana P.',
      phone: null,
      email: 'ana@acme.com',
      custom_attributes: { plan: 'pro', seats: 5, vip: true, note: null, team: 'x' },
    });

    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/contacts/${contact.id}`, headers });
    expect(ZContactDeletedSchema.strict().parse(deleted.json())).toEqual({
      type: 'contact',
      id: contact.id,
      external_id: 'crm-1',
      deleted: true,
    });
    for (const url of [`/api/contacts/${contact.id}`, '/api/contacts/find_by_external_id/crm-1']) {
      const gone = await t.app.inject({ url, headers });
      expect(gone.statusCode).toBe(404);
      expect(gone.json().errors[0].code).toBe('contact_not_found');
    }
    const again = await t.app.inject({ method: 'DELETE', url: `/api/contacts/${contact.id}`, headers });
    expect(again.statusCode).toBe(404);

    const events = await eventsOf(contact.id);
    expect(events.map((e) => [e.type, e.audience])).toEqual([
      ['contact.created', 'agents'],
      ['contact.updated', 'agents'],
      ['contact.deleted', 'agents'],
    ]);
    expect(events[1]?.payload).toMatchObject({ contact: { id: contact.id, name: 'Ana P.' } });
  });

  it('creates a lead from a role alone and accepts `language` for language_override', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: bearer(agentToken),
      payload: { role: 'lead', language: 'pt-BR' },
    });
    expect(response.json()).toMatchObject({ role: 'lead', email: null, external_id: null, language_override: 'pt-BR' });
  });

  it('stores hostile text exactly as sent and returns it as JSON data', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    const name = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: bearer(agentToken),
      payload: { email: 'x@example.com', name, custom_attributes: { bio: '"><svg onload=alert(1)>' } },
    });
    expect(created.headers['content-type']).toContain('application/json');
    const found = await t.app.inject({ url: `/api/contacts/${created.json().id}`, headers: bearer(agentToken) });
    expect(found.json().name).toBe(name);
    expect(found.json().custom_attributes.bio).toBe('"><svg onload=alert(1)>');
    const row = await t.db.selectFrom('contacts').select('name').where('id', '=', Number(created.json().id)).execute();
    expect(row[0]?.name).toBe(name);
  });

  it('answers 409 for a second live contact with the same external_id, and frees it once deleted', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    const headers = bearer(agentToken);
    const payload = { external_id: 'dup' };
    const first = await t.app.inject({ method: 'POST', url: '/api/contacts', headers, payload });
    const before = await countContacts(t.db);
    const second = await t.app.inject({ method: 'POST', url: '/api/contacts', headers, payload });
    expect(second.statusCode).toBe(409);
    expect(second.json().errors[0]).toMatchObject({ code: 'conflict', field: 'external_id' });
    expect(await countContacts(t.db)).toBe(before);

    const other = await t.app.inject({ method: 'POST', url: '/api/contacts', headers, payload: { external_id: 'o' } });
    const clash = await t.app.inject({ method: 'PUT', url: `/api/contacts/${other.json().id}`, headers, payload });
    expect(clash.statusCode).toBe(409);

    await t.app.inject({ method: 'DELETE', url: `/api/contacts/${first.json().id}`, headers });
    const reused = await t.app.inject({ method: 'POST', url: '/api/contacts', headers, payload });
    expect(reused.statusCode).toBe(200);
  });

  it('sets an owner only from the workspace’s teammates', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const owned = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: bearer(a.agentToken),
      payload: { email: 'o@example.com', owner_id: a.manager.id },
    });
    expect(owned.json().owner_id).toBe(a.manager.id);
    const foreign = await t.app.inject({
      method: 'PUT',
      url: `/api/contacts/${owned.json().id}`,
      headers: bearer(a.agentToken),
      payload: { owner_id: b.manager.id },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('owner_id');
  });
});

describe('contact validation', () => {
  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ['no email, external_id or role', { name: 'Nobody' }, 'email'],
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['an unknown role', { role: 'admin' }, 'role'],
    [
      'a nested object as a custom attribute',
      { role: 'user', custom_attributes: { plan: { tier: 1 } } },
      'custom_attributes.plan',
    ],
    ['an array as a custom attribute', { role: 'user', custom_attributes: { tags: ['a'] } }, 'custom_attributes.tags'],
    [
      'a custom attribute name over 190 characters',
      { role: 'user', custom_attributes: { ['k'.repeat(191)]: 1 } },
      `custom_attributes.${'k'.repeat(191)}`,
    ],
    [
      'more than 100 custom attributes',
      { role: 'user', custom_attributes: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i])) },
      'custom_attributes',
    ],
    ['a timestamp that is not UNIX seconds', { role: 'user', signed_up_at: '2026-01-01' }, 'signed_up_at'],
    ['a javascript: avatar', { role: 'user', avatar: 'javascript:alert(1)' }, 'avatar'],
    ['a malformed language', { role: 'user', language_override: 'english please' }, 'language_override'],
    ['a non-boolean unsubscribe', { role: 'user', unsubscribed_from_emails: 'yes' }, 'unsubscribed_from_emails'],
    ['an owner that is not an id', { role: 'user', owner_id: 'bob' }, 'owner_id'],
  ];
  it.each(invalid)('rejects %s with a 400 naming the field, writing nothing', async (_name, payload, field) => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    const [contacts, events] = [await countContacts(t.db), await t.db.selectFrom('events').select('id').execute()];
    const response = await t.app.inject({ method: 'POST', url: '/api/contacts', headers: bearer(agentToken), payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe(field);
    expect(await countContacts(t.db)).toBe(contacts);
    expect((await t.db.selectFrom('events').select('id').execute()).length).toBe(events.length);
  });

  it('rejects a bad update with a 400 and changes nothing, even past the attribute limit after a merge', async () => {
    const { workspace, agentToken } = await buildTeamWorkspace(t.db);
    const full = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const contact = await buildContact(t.db, workspace.id, { name: 'Before', custom_attributes: full });
    const url = `/api/contacts/${contact.id}`;
    for (const [payload, field] of [
      [{ name: 'After', email: 'nope' }, 'email'],
      [{ custom_attributes: { one_more: 1 } }, 'custom_attributes'],
      [{ name: 'After', surprise: true }, undefined],
    ] as const) {
      const response = await t.app.inject({ method: 'PUT', url, headers: bearer(agentToken), payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe(field);
    }
    const after = await t.app.inject({ url, headers: bearer(agentToken) });
    expect(after.json().name).toBe('Before');
    expect(Object.keys(after.json().custom_attributes)).toHaveLength(100);
  });

  it('answers an id that cannot exist with 404 not_found, as Intercom does (clients read 404 as gone)', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    const response = await t.app.inject({ url: '/api/contacts/abc', headers: bearer(agentToken) });
    expect(response.statusCode).toBe(404);
    expect(response.json().errors[0].code).toBe('not_found');
  });
});

describe('contact isolation', () => {
  it('gives another workspace’s contact 404 on GET, PUT and DELETE and changes nothing', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const theirs = await buildContact(t.db, b.workspace.id, { name: 'Theirs', external_id: 'b-1' });
    const requests = [
      { method: 'GET', url: `/api/contacts/${theirs.id}` },
      { method: 'PUT', url: `/api/contacts/${theirs.id}`, payload: { name: 'Taken over' } },
      { method: 'DELETE', url: `/api/contacts/${theirs.id}` },
      { method: 'GET', url: '/api/contacts/find_by_external_id/b-1' },
    ] as const;
    for (const request of requests) {
      const response = await t.app.inject({ ...request, headers: bearer(a.adminToken) });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
      expect(response.json().errors[0].code).toBe('contact_not_found');
    }
    const row = await t.db.selectFrom('contacts').selectAll().where('id', '=', theirs.id).executeTakeFirstOrThrow();
    expect(row).toEqual(theirs);
    expect(await eventsOf(String(theirs.id))).toEqual([]);
  });

  it('lists and searches only the caller’s workspace', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const mine = await buildContact(t.db, a.workspace.id, { email: 'same@example.com' });
    await buildContact(t.db, b.workspace.id, { email: 'same@example.com' });
    const list = await t.app.inject({ url: '/api/contacts', headers: bearer(a.agentToken) });
    expect(list.json().data.map((c: { id: string }) => c.id)).toEqual([String(mine.id)]);
    const search = await t.app.inject({
      method: 'POST',
      url: '/api/contacts/search',
      headers: bearer(a.agentToken),
      payload: { query: { field: 'email', operator: '=', value: 'same@example.com' } },
    });
    expect(search.json()).toMatchObject({ total_count: 1, data: [{ id: String(mine.id) }] });
  });
});
