import { describe, expect, it } from 'vitest';
import { ZConversationSchema } from '../../../protocol/conversations.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function setup() {
  const team = await buildTeamWorkspace(t.db);
  const contact = await insertContact(t.db, team.workspace.id, { name: 'María López' });
  const id = await buildConversation(t.app, team.adminToken, contact.id);
  return { ...team, contact, id };
}

const get = (token: string, id: string) => t.app.inject({ url: `/api/conversations/${id}`, headers: bearer(token) });

describe('starting a conversation', () => {
  it('answers a user_message and opens a conversation waiting for a reply, started by the customer', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: bearer(adminToken),
      payload: { from: { type: 'user', id: String(contact.id) }, body: 'Hello there' },
    });
    expect(response.json()).toMatchObject({ type: 'user_message', body: 'Hello there', message_type: 'inapp' });
    const conversation = ZConversationSchema.parse((await get(adminToken, response.json().conversation_id)).json());
    expect(conversation).toMatchObject({
      state: 'open',
      open: true,
      admin_assignee_id: null,
      source: {
        delivered_as: 'customer_initiated',
        body: 'Hello there',
        author: { type: 'user', id: String(contact.id) },
      },
      conversation_parts: { conversation_parts: [], total_count: 0 },
      created_by_admin_id: null,
      read: false,
    });
    expect(conversation.waiting_since).toBe(conversation.created_at);
  });

  it('answers 404 for an unknown or another workspace’s contact, writing nothing', async () => {
    const a = await buildTeamWorkspace(t.db);
    const b = await buildTeamWorkspace(t.db);
    const foreign = await insertContact(t.db, b.workspace.id);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: bearer(a.adminToken),
      payload: { from: { type: 'user', id: String(foreign.id) }, body: 'Hi' },
    });
    expect(response.statusCode).toBe(404);
    const count = await t.db
      .selectFrom('conversations')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('contact_id', '=', foreign.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('lets a teammate start one (POST /messages), which counts as created by them and assigned to them', async () => {
    const { workspace, admin, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: bearer(adminToken),
      payload: {
        message_type: 'inapp',
        body: 'Hi María',
        from: { type: 'admin', id: String(admin.id) },
        to: { type: 'user', id: String(contact.id) },
      },
    });
    expect(response.json().type).toBe('admin_message');
    const conversation = (await get(adminToken, response.json().conversation_id)).json();
    expect(conversation).toMatchObject({
      created_by_admin_id: String(admin.id),
      admin_assignee_id: admin.id,
      source: { delivered_as: 'admin_initiated', author: { type: 'admin', name: admin.name } },
      waiting_since: null,
    });
  });
});

describe('replies and notes', () => {
  it('adds an admin comment that clears waiting, and a customer reply that sets it again', async () => {
    const { admin, adminToken, contact, id } = await setup();
    const replied = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: bearer(adminToken),
      payload: { message_type: 'comment', type: 'admin', admin_id: String(admin.id), body: '<p>¡Hola! Te ayudo.</p>' },
    });
    expect(replied.statusCode).toBe(200);
    expect(replied.json().waiting_since).toBeNull();
    // The reply assigned the unassigned conversation to its author first (reply-assigns.test.ts).
    const part = replied.json().conversation_parts.conversation_parts.at(-1);
    expect(part).toMatchObject({
      part_type: 'comment',
      public: true,
      body: '<p>¡Hola! Te ayudo.</p>',
      author: { type: 'admin', id: String(admin.id), name: admin.name },
    });

    const customer = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: bearer(adminToken),
      payload: { message_type: 'comment', type: 'user', intercom_user_id: String(contact.id), body: 'Gracias' },
    });
    expect(customer.json().waiting_since).toEqual(expect.any(Number));
    expect(customer.json().conversation_parts.conversation_parts.at(-1)).toMatchObject({
      author: { type: 'user', name: 'María López' },
    });
    expect(customer.json().last_part_preview).toBe('Gracias');
  });

  it('keeps notes internal (public: false) and accepts "last" for the contact’s latest conversation', async () => {
    const { adminToken, contact } = await setup();
    const second = await buildConversation(t.app, adminToken, contact.id, 'Otra pregunta');
    const note = await t.app.inject({
      method: 'POST',
      url: '/api/conversations/last/reply',
      headers: bearer(adminToken),
      payload: { message_type: 'comment', type: 'user', intercom_user_id: String(contact.id), body: 'via last' },
    });
    expect(note.json().id).toBe(second);
    const internal = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${second}/reply`,
      headers: bearer(adminToken),
      payload: { message_type: 'note', type: 'admin', body: 'Cliente VIP' },
    });
    const parts = internal.json().conversation_parts.conversation_parts;
    expect(parts.at(-1)).toMatchObject({ part_type: 'note', public: false });
  });

  it('reopens a closed conversation when the customer writes again', async () => {
    const { adminToken, contact, id } = await setup();
    await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/parts`,
      headers: bearer(adminToken),
      payload: { message_type: 'close', type: 'admin' },
    });
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: bearer(adminToken),
      payload: {
        message_type: 'comment',
        type: 'user',
        intercom_user_id: String(contact.id),
        body: 'Sigo con el problema',
      },
    });
    expect(reply.json()).toMatchObject({ state: 'open', statistics: { count_reopens: 1 } });
  });

  it('refuses a customer reply from a contact who is not in the conversation', async () => {
    const { workspace, adminToken, id } = await setup();
    const stranger = await insertContact(t.db, workspace.id);
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: bearer(adminToken),
      payload: { message_type: 'comment', type: 'user', intercom_user_id: String(stranger.id), body: 'hijack' },
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().errors[0].field).toBe('intercom_user_id');
  });
});

describe('managing a conversation', () => {
  it('assigns to a teammate and a team, snoozes, closes and reopens, recording each as an event part', async () => {
    const { agent, adminToken, id } = await setup();
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(adminToken),
      payload: { name: 'Soporte' },
    });
    const parts = (payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/conversations/${id}/parts`, headers: bearer(adminToken), payload });

    expect(
      (await parts({ message_type: 'assignment', type: 'admin', assignee_id: String(agent.id) })).json()
        .admin_assignee_id,
    ).toBe(agent.id);
    expect(
      (await parts({ message_type: 'assignment', type: 'team', assignee_id: team.json().id })).json().team_assignee_id,
    ).toBe(Number(team.json().id));
    const until = Math.floor(Date.now() / 1000) + 3600;
    expect((await parts({ message_type: 'snoozed', snoozed_until: until })).json()).toMatchObject({
      state: 'snoozed',
      snoozed_until: until,
      open: true,
    });
    expect((await parts({ message_type: 'close', type: 'admin' })).json()).toMatchObject({
      state: 'closed',
      open: false,
      snoozed_until: null,
    });
    const reopened = (await parts({ message_type: 'open' })).json();
    expect(reopened.state).toBe('open');
    expect(reopened.conversation_parts.conversation_parts.map((p: { part_type: string }) => p.part_type)).toEqual([
      'assignment',
      'assignment',
      'snoozed',
      'close',
      'open',
    ]);
    expect(reopened.statistics).toMatchObject({ count_assignments: 2, count_reopens: 1 });
    const unassigned = (await parts({ message_type: 'assignment', type: 'admin', assignee_id: '0' })).json();
    expect(unassigned.admin_assignee_id).toBeNull();
  });

  it('rejects assigning to another workspace’s teammate, a past snooze and an unknown message_type with 400, writing nothing', async () => {
    const { adminToken, id } = await setup();
    const other = await buildTeamWorkspace(t.db);
    const before = (await get(adminToken, id)).json();
    for (const [payload, field] of [
      [{ message_type: 'assignment', type: 'admin', assignee_id: String(other.agent.id) }, 'assignee_id'],
      [{ message_type: 'snoozed', snoozed_until: 1000 }, 'snoozed_until'],
      [{ message_type: 'explode' }, 'message_type'],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/conversations/${id}/parts`,
        headers: bearer(adminToken),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors[0].field).toBe(field);
    }
    expect((await get(adminToken, id)).json()).toEqual(before);
  });

  it('sets title, priority and custom attributes, and tracks read per teammate', async () => {
    const { adminToken, agentToken, id } = await setup();
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/conversations/${id}`,
      headers: bearer(adminToken),
      payload: {
        title: 'Pedido 1234',
        priority: 'priority',
        custom_attributes: { issue_type: 'Billing', order: 1234 },
        read: true,
      },
    });
    expect(updated.json()).toMatchObject({
      title: 'Pedido 1234',
      priority: 'priority',
      read: true,
      custom_attributes: { issue_type: 'Billing', order: 1234 },
    });
    const cleared = await t.app.inject({
      method: 'PUT',
      url: `/api/conversations/${id}`,
      headers: bearer(adminToken),
      payload: { custom_attributes: { order: null } },
    });
    expect(cleared.json().custom_attributes).toEqual({ issue_type: 'Billing' });
    expect((await get(agentToken, id)).json().read).toBe(false);
    const nested = await t.app.inject({
      method: 'PUT',
      url: `/api/conversations/${id}`,
      headers: bearer(adminToken),
      payload: { custom_attributes: { deep: { x: 1 } } },
    });
    expect(nested.statusCode).toBe(400);
  });
});

describe('tags', () => {
  it('creates tags, tags and untags a conversation (DELETE with a body), and lists them', async () => {
    const { admin, adminToken, id } = await setup();
    const tag = (
      await t.app.inject({
        method: 'POST',
        url: '/api/tags',
        headers: bearer(adminToken),
        payload: { name: 'Facturación' },
      })
    ).json();
    expect(tag).toEqual({ type: 'tag', id: expect.any(String), name: 'Facturación' });
    const tagged = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/tags`,
      headers: bearer(adminToken),
      payload: { id: tag.id, admin_id: String(admin.id) },
    });
    expect(tagged.json()).toMatchObject({
      type: 'tag',
      id: tag.id,
      applied_by: { type: 'admin', id: String(admin.id) },
    });
    expect((await get(adminToken, id)).json().tags.tags.map((x: { name: string }) => x.name)).toEqual(['Facturación']);
    const untagged = await t.app.inject({
      method: 'DELETE',
      url: `/api/conversations/${id}/tags/${tag.id}`,
      headers: { ...bearer(adminToken), 'content-type': 'application/json' },
      payload: JSON.stringify({ admin_id: String(admin.id) }),
    });
    expect(untagged.statusCode).toBe(200);
    expect((await get(adminToken, id)).json().tags.tags).toEqual([]);
    const list = await t.app.inject({ url: '/api/tags', headers: bearer(adminToken) });
    expect(list.json()).toEqual({ type: 'list', data: [tag] });
  });
});

describe('safety', () => {
  it('stores HTML and script as sent, and answers only sanitized markup', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const hostile =
      '<p onclick="x()">Hi <script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">link</a></p>';
    const id = await buildConversation(t.app, adminToken, contact.id, hostile);
    const stored = await t.db
      .selectFrom('conversations')
      .select('source_body')
      .where('id', '=', Number(id))
      .executeTakeFirstOrThrow();
    expect(stored.source_body).toBe(hostile);
    const body = (await get(adminToken, id)).json().source.body;
    expect(body).not.toMatch(/script|onerror|onclick|javascript:|<img/i);
    expect(body).toContain('Hi');
  });

  it('answers 404 for another workspace’s conversation on every route, changing nothing', async () => {
    const a = await setup();
    const b = await buildTeamWorkspace(t.db);
    const before = (await get(a.adminToken, a.id)).json();
    const requests = [
      { method: 'GET', url: `/api/conversations/${a.id}` },
      {
        method: 'POST',
        url: `/api/conversations/${a.id}/reply`,
        payload: { message_type: 'note', type: 'admin', body: 'x' },
      },
      { method: 'POST', url: `/api/conversations/${a.id}/parts`, payload: { message_type: 'close', type: 'admin' } },
      { method: 'PUT', url: `/api/conversations/${a.id}`, payload: { title: 'taken' } },
    ] as const;
    for (const request of requests) {
      const response = await t.app.inject({ ...request, headers: bearer(b.adminToken) });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
    expect((await get(a.adminToken, a.id)).json()).toEqual(before);
  });

  it('does not let a signed-in teammate act as someone else through admin_id', async () => {
    const { admin, agent, id } = await setup();
    const session = await (await import('../../../test/factories.ts')).signIn(t.app, agent.email);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      payload: { message_type: 'comment', type: 'admin', admin_id: String(admin.id), body: 'as the boss' },
    });
    expect(response.statusCode).toBe(403);
  });
});
