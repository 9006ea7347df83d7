import { describe, expect, it } from 'vitest';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { MessengerClient, userHash } from '../../../test/messenger-client.ts';

const t = setupTestApp();

async function setup() {
  const team = await buildTeamWorkspace(t.db);
  return { ...team, visitor: new MessengerClient(t.app, team.workspace.id) };
}

async function countParts(conversationId: string) {
  const row = await t.db
    .selectFrom('conversation_parts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conversation_id', '=', Number(conversationId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('who the customer is', () => {
  it('an anonymous visitor becomes a lead, and the same token finds the same lead', async () => {
    const { visitor } = await setup();
    const first = await visitor.start();
    expect(first.contact.role).toBe('lead');
    expect(first.visitor_id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const again = await visitor.start();
    expect(again.contact.id).toBe(first.contact.id);
    expect(again.visitor_token).toBe(first.visitor_token);
  });

  it('an identified user takes over the lead’s conversations, under a new token', async () => {
    const { visitor } = await setup();
    const lead = await visitor.start();
    const sent = await visitor.send('¿Hacéis envíos a Canarias?');
    const user = await visitor.start({ user_id: 'u-42', email: 'Maria@Example.com', name: 'María' });
    expect(user.contact).toMatchObject({ role: 'user', user_id: 'u-42', email: 'maria@example.com', name: 'María' });
    expect(user.visitor_token).not.toBe(lead.visitor_token);
    const list = await visitor.ok<{ conversations: { id: string }[] }>('GET', '/conversations');
    expect(list.conversations.map((c) => c.id)).toEqual([sent.conversation.id]);
    // The old lead token no longer opens anything.
    const stale = new MessengerClient(t.app, visitor.appId);
    stale.token = lead.visitor_token;
    expect((await stale.request('GET', '/conversations')).statusCode).toBe(401);
  });

  it('a returning user on another browser finds their history', async () => {
    const { visitor, workspace } = await setup();
    await visitor.start({ user_id: 'u-7' });
    const sent = await visitor.send('Hello');
    const otherBrowser = new MessengerClient(t.app, workspace.id);
    await otherBrowser.start({ user_id: 'u-7' });
    const list = await otherBrowser.ok<{ conversations: { id: string }[] }>('GET', '/conversations');
    expect(list.conversations.map((c) => c.id)).toEqual([sent.conversation.id]);
  });

  it('with identity verification on, a missing or forged user_hash is refused and nothing is written', async () => {
    const { visitor, workspace, adminToken } = await setup();
    const on = await t.app.inject({
      method: 'PUT',
      url: '/api/messenger/settings',
      headers: bearer(adminToken),
      payload: { identity_verification: true },
    });
    expect(on.statusCode).toBe(200);
    const secret = on.json().identity_secret;
    const contactsBefore = await t.db
      .selectFrom('contacts')
      .select('id')
      .where('workspace_id', '=', workspace.id)
      .execute();
    for (const identity of [
      { user_id: 'u-1' },
      { user_id: 'u-1', user_hash: userHash(secret, 'u-2') },
      { user_id: 'u-1', user_hash: userHash('not-the-secret', 'u-1') },
      { email: 'a@example.com', user_hash: userHash(secret, 'b@example.com') },
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/messenger/${workspace.id}/boot`,
        payload: identity,
      });
      expect(response.statusCode, JSON.stringify(identity)).toBe(401);
      expect(response.json().errors[0]).toMatchObject({ code: 'unauthorized', field: 'user_hash' });
    }
    const contactsAfter = await t.db
      .selectFrom('contacts')
      .select('id')
      .where('workspace_id', '=', workspace.id)
      .execute();
    expect(contactsAfter).toHaveLength(contactsBefore.length);
    const verified = await visitor.start({ user_id: 'u-1', user_hash: userHash(secret, 'u-1') });
    expect(verified.contact.user_id).toBe('u-1');
    const byEmail = new MessengerClient(t.app, workspace.id);
    const emailBoot = await byEmail.start({ email: 'e@example.com', user_hash: userHash(secret, 'e@example.com') });
    expect(emailBoot.contact.email).toBe('e@example.com');
    // Anonymous visitors need no hash.
    expect((await new MessengerClient(t.app, workspace.id).start()).contact.role).toBe('lead');
  });

  it('an unknown app_id is a 404', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/messenger/nosuchapp/boot', payload: {} });
    expect(response.statusCode).toBe(404);
  });
});

describe('a visitor reads only its own conversations', () => {
  it('never another visitor’s, never a note, and nothing without a valid token', async () => {
    const { visitor, workspace, agentToken } = await setup();
    await visitor.start();
    const mine = await visitor.send('Mi pedido no llega');
    const id = mine.conversation.id;
    const note = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/reply`,
      headers: bearer(agentToken),
      payload: { type: 'admin', message_type: 'note', body: 'Internal: VIP customer, refund allowed' },
    });
    expect(note.statusCode).toBe(200);
    const conversation = await visitor.ok<{ parts: { body: string }[]; last_part_preview: string }>(
      'GET',
      `/conversations/${id}`,
    );
    expect(JSON.stringify(conversation)).not.toContain('VIP');
    expect(conversation.last_part_preview).toBe('Mi pedido no llega');
    const list = await visitor.ok('GET', '/conversations');
    expect(JSON.stringify(list)).not.toContain('VIP');

    const stranger = new MessengerClient(t.app, workspace.id);
    await stranger.start();
    expect((await stranger.request('GET', `/conversations/${id}`)).statusCode).toBe(404);
    expect(
      (await stranger.request('POST', `/conversations/${id}/reply`, { body: 'hi', idempotency_key: 'k1' })).statusCode,
    ).toBe(404);
    expect((await stranger.request('POST', `/conversations/${id}/read`)).statusCode).toBe(404);
    expect(await countParts(id)).toBe(1);

    const other = await buildTeamWorkspace(t.db, 'Other Co');
    const foreign = new MessengerClient(t.app, other.workspace.id);
    await foreign.start();
    expect((await foreign.request('GET', `/conversations/${id}`)).statusCode).toBe(404);

    const forged = new MessengerClient(t.app, workspace.id);
    for (const token of ['', 'garbage', `${workspace.id}.${'x'.repeat(43)}`]) {
      forged.token = token;
      expect((await forged.request('GET', '/conversations')).statusCode, token).toBe(401);
    }
  });

  it('an agent’s email never reaches the customer', async () => {
    const { visitor, agentToken, agent } = await setup();
    await visitor.start();
    const { conversation } = await visitor.send('Hola');
    await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversation.id}/reply`,
      headers: bearer(agentToken),
      payload: { type: 'admin', message_type: 'comment', body: 'Hola, soy Luis' },
    });
    const read = await visitor.ok<{ parts: { author: { name: string | null } }[] }>(
      'GET',
      `/conversations/${conversation.id}`,
    );
    expect(read.parts.at(-1)?.author).toEqual({ type: 'admin', name: agent.name });
    expect(JSON.stringify(read)).not.toContain(agent.email);
  });
});

describe('sending from the messenger', () => {
  it('starts a conversation and replies; a retry with the same key writes nothing more', async () => {
    const { visitor } = await setup();
    await visitor.start();
    const started = await visitor.send('Hola', 'start-1');
    expect(started.parts.map((p) => p.body)).toEqual(['<p>Hola</p>']);
    const retried = await visitor.send('Hola', 'start-1');
    expect(retried.conversation.id).toBe(started.conversation.id);
    const id = started.conversation.id;
    const reply = await visitor.reply(id, 'Sigo aquí', 'reply-1');
    expect(reply.parts).toHaveLength(1);
    expect(reply.parts[0]).toMatchObject({ body: '<p>Sigo aquí</p>', author: { type: 'lead' } });
    const again = await visitor.reply(id, 'Sigo aquí', 'reply-1');
    expect(again.parts.map((p) => p.id)).toEqual(reply.parts.map((p) => p.id));
    expect(await countParts(id)).toBe(1);
    const list = await visitor.ok<{ conversations: unknown[] }>('GET', '/conversations');
    expect(list.conversations).toHaveLength(1);
  });

  it('shows typed HTML as text, and refuses NUL, broken Unicode, empty and oversized bodies, writing nothing', async () => {
    const { visitor } = await setup();
    await visitor.start();
    const { conversation } = await visitor.send('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(conversation.last_part_preview).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
    const read = await visitor.ok<{ parts: { body: string }[] }>('GET', `/conversations/${conversation.id}`);
    expect(read.parts[0]?.body).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</p>');
    for (const body of ['a\u0000b', 'broken \ud800 unicode', '   ', 'x'.repeat(10_001)]) {
      const response = await visitor.request('POST', `/conversations/${conversation.id}/reply`, {
        body,
        idempotency_key: 'bad',
      });
      expect(response.statusCode, body.slice(0, 20)).toBe(400);
      expect(response.json().errors[0].field).toBe('body');
    }
    const unknownKey = await visitor.request('POST', '/conversations', { body: 'hi', idempotency_key: 'k', extra: 1 });
    expect(unknownKey.statusCode).toBe(400);
    expect(await countParts(conversation.id)).toBe(0);
  });

  it('counts unread replies until the customer reads them', async () => {
    const { visitor, agentToken } = await setup();
    await visitor.start();
    const { conversation } = await visitor.send('Hola');
    for (const body of ['Hola', '¿En qué te ayudo?']) {
      await t.app.inject({
        method: 'POST',
        url: `/api/conversations/${conversation.id}/reply`,
        headers: bearer(agentToken),
        payload: { type: 'admin', message_type: 'comment', body },
      });
    }
    expect((await visitor.start()).unread_count).toBe(2);
    const read = await visitor.request('POST', `/conversations/${conversation.id}/read`);
    expect(read.statusCode).toBe(204);
    expect((await visitor.start()).unread_count).toBe(0);
  });

  it('records trackEvent against the contact', async () => {
    const { visitor } = await setup();
    const boot = await visitor.start();
    const response = await visitor.request('POST', '/events', {
      event_name: 'viewed-pricing',
      metadata: { plan: 'pro' },
    });
    expect(response.statusCode).toBe(204);
    const events = await t.db
      .selectFrom('contact_events')
      .selectAll()
      .where('contact_id', '=', Number(boot.contact.id))
      .execute();
    expect(events).toMatchObject([{ name: 'viewed-pricing', metadata: { plan: 'pro' } }]);
  });
});
