import { describe, expect, it } from 'vitest';
import {
  ZCustomerTicketCommentSentSchema,
  ZCustomerTicketListSchema,
  ZTicketPortalSchema,
} from '../../../protocol/customer-tickets.ts';
import type { MessengerConversation } from '../../../protocol/messenger.ts';
import { ZPublicTicketSchema } from '../../../protocol/tickets.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { MessengerClient } from '../../../test/messenger-client.ts';
import { ticketLinkSignature } from './customer-link.ts';
import { jiraTicketHooks } from './hooks.ts';
import { createTicket } from './ticket-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read the API's answers loosely
type Json = any;

const t = setupTestApp();
const NOTE = 'Nota interna: cliente VIP, no decirle nada';

/** A Spanish-speaking customer who chatted in the messenger, and a customer ticket made from that chat. */
async function customerWithTicket() {
  const team = await buildTeamWorkspace(t.db);
  const visitor = new MessengerClient(t.app, team.workspace.id);
  const boot = await visitor.start({ user_id: 'lucia-1', name: 'Lucía Pérez', language_override: 'es' });
  const { conversation } = await visitor.send('La factura sale duplicada');
  const api = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await t.app.inject({ method, url: `/api${url}`, headers: bearer(team.adminToken), payload });
    if (response.statusCode !== 200) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const types: { id: string; category: string }[] = (await api('GET', '/ticket_types')).data;
  const typeId = (category: string) => types.find((type) => type.category === category)?.id as string;
  const open = (category: string, contactId = boot.contact.id, attributes: object = {}) =>
    createTicket(t.app, team.adminToken, {
      ticket_type_id: typeId(category),
      contacts: [{ id: contactId }],
      ticket_attributes: {
        _default_title_: 'Factura duplicada',
        _default_description_: 'Se cobró dos veces.',
        ...attributes,
      },
      ...(contactId === boot.contact.id ? { conversation_to_link_id: conversation.id } : {}),
    });
  const ticket = await open('Customer');
  const reply = (id: string, message_type: 'comment' | 'note', body: string) =>
    api('POST', `/tickets/${id}/reply`, { type: 'admin', message_type, body, admin_id: String(team.admin.id) });
  const move = (id: string, state: string) => api('PUT', `/tickets/${id}`, { state });
  return { ...team, visitor, boot, conversationId: conversation.id, ticket, typeId, open, reply, move, api };
}

describe('the customer’s tickets in the messenger', () => {
  it('lists and shows the customer’s ticket in their language, with comments and state notices, never a note', async () => {
    const w = await customerWithTicket();
    await w.reply(w.ticket.id, 'note', NOTE);
    await w.reply(w.ticket.id, 'comment', 'Lo estamos revisando con el banco.');
    await w.move(w.ticket.id, 'in_progress');

    const list = await w.visitor.ok<Json>('GET', '/tickets');
    expect(ZCustomerTicketListSchema.parse(list)).toBeTruthy();
    expect(list).toMatchObject({
      unread_count: 2,
      tickets: [
        {
          id: w.ticket.id,
          ticket_number: 1,
          title: 'Factura duplicada',
          state: { category: 'in_progress', label: 'En curso' },
          unread_count: 2,
        },
      ],
    });
    const ticket = await w.visitor.ok<Json>('GET', `/tickets/${w.ticket.id}`);
    expect(Object.keys(ticket).sort()).toEqual(Object.keys(ZPublicTicketSchema.shape).sort());
    expect(ticket).toMatchObject({
      description: 'Se cobró dos veces.',
      type_name: 'Customer ticket',
      comments: [
        {
          part_type: 'comment',
          body: 'Lo estamos revisando con el banco.',
          author: { type: 'admin', name: 'Ana Admin' },
        },
        { part_type: 'ticket_state_updated', body: 'Tu ticket ahora está: En curso' },
      ],
    });
    const everything = JSON.stringify([list, ticket]);
    expect(everything).not.toContain('cliente VIP');
    expect(everything).not.toContain(w.admin.email);
    expect(everything).not.toContain('Waiting on customer');

    // A note written later changes nothing the customer sees: not the order, the time, nor the count.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await w.reply(w.ticket.id, 'note', 'Otra nota');
    expect(await w.visitor.ok<Json>('GET', '/tickets')).toEqual(list);
  });

  it('keeps tickets out of the conversations: not listed, not counted, not readable as one', async () => {
    const w = await customerWithTicket();
    await w.reply(w.ticket.id, 'comment', 'Hola Lucía');
    const conversations = await w.visitor.ok<{ conversations: MessengerConversation[]; unread_count: number }>(
      'GET',
      '/conversations',
    );
    expect(conversations.conversations.map((conversation) => conversation.id)).toEqual([w.conversationId]);
    expect(conversations.unread_count).toBe(0);
    expect((await w.visitor.request('GET', `/conversations/${w.ticket.id}`)).statusCode).toBe(404);
    expect((await w.visitor.request('POST', `/conversations/${w.ticket.id}/read`)).statusCode).toBe(404);
    const reply = await w.visitor.request('POST', `/conversations/${w.ticket.id}/reply`, {
      body: 'hola',
      idempotency_key: 'k1',
    });
    expect(reply.statusCode).toBe(404);
    expect((await w.visitor.start()).unread_count).toBe(0);
    // The chat it came from says so, with the ticket to open.
    const chat = await w.visitor.ok<MessengerConversation>('GET', `/conversations/${w.conversationId}`);
    expect(chat.parts?.at(-1)).toMatchObject({
      part_type: 'ticket_linked',
      ticket: { id: w.ticket.id, ticket_number: 1, title: 'Factura duplicada' },
    });
  });

  it('shows only the attributes visible to contacts, and reading clears the unread count', async () => {
    const w = await customerWithTicket();
    const typeId = w.typeId('Customer');
    await w.api('POST', `/ticket_types/${typeId}/attributes`, {
      name: 'Producto',
      data_type: 'list',
      list_items: 'Web, App',
    });
    await w.api('POST', `/ticket_types/${typeId}/attributes`, {
      name: 'Coste interno',
      data_type: 'decimal',
      visible_to_contacts: false,
    });
    await w.api('PUT', `/tickets/${w.ticket.id}`, { ticket_attributes: { Producto: 'App', 'Coste interno': 12.5 } });
    await w.reply(w.ticket.id, 'comment', '¿Nos mandas el número de factura?');
    const ticket = await w.visitor.ok<Json>('GET', `/tickets/${w.ticket.id}`);
    expect(ticket.attributes).toEqual([{ name: 'Producto', value: 'App' }]);
    expect(JSON.stringify(ticket)).not.toContain('Coste interno');
    expect((await w.visitor.ok<Json>('GET', '/tickets')).unread_count).toBe(1);
    expect((await w.visitor.request('POST', `/tickets/${w.ticket.id}/read`)).statusCode).toBe(204);
    expect((await w.visitor.ok<Json>('GET', '/tickets')).unread_count).toBe(0);
  });

  it('answers 404 for another contact’s ticket, a back-office or tracker ticket, a chat and unknown ids', async () => {
    const w = await customerWithTicket();
    const backOffice = await w.open('Back-office');
    const tracker = await w.open('Tracker');
    const someone = new MessengerClient(t.app, w.workspace.id);
    const other = await someone.start({ user_id: 'otro-2' });
    const theirs = await w.open('Customer', other.contact.id);
    const elsewhere = await customerWithTicket();
    for (const id of [backOffice.id, tracker.id, theirs.id, w.conversationId, elsewhere.ticket.id, '999999', 'abc']) {
      for (const [method, url, payload] of [
        ['GET', `/tickets/${id}`],
        ['POST', `/tickets/${id}/comments`, { body: 'hola', idempotency_key: `k-${id}` }],
        ['POST', `/tickets/${id}/read`],
      ] as const) {
        const response = await w.visitor.request(method, url, payload);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
    }
    const listed = await w.visitor.ok<Json>('GET', '/tickets');
    expect(listed.tickets.map((ticket: { id: string }) => ticket.id)).toEqual([w.ticket.id]);
    expect((await someone.ok<Json>('GET', '/tickets')).tickets.map((ticket: { id: string }) => ticket.id)).toEqual([
      theirs.id,
    ]);
    // Unshared, a customer ticket leaves the customer's view.
    await w.api('PUT', `/tickets/${w.ticket.id}`, { is_shared: false });
    expect((await w.visitor.ok<Json>('GET', '/tickets')).tickets).toEqual([]);
    expect((await w.visitor.request('GET', `/tickets/${w.ticket.id}`)).statusCode).toBe(404);
  });
});

describe('the customer’s comments on a ticket', () => {
  it('land as the customer’s comment, once per idempotency key, reopen a resolved ticket’s conversation and reach the Jira hook', async () => {
    const w = await customerWithTicket();
    await w.move(w.ticket.id, 'resolved');
    const forwarded: string[] = [];
    const jiraHook = jiraTicketHooks.afterReply;
    jiraTicketHooks.afterReply = async (trx, appended) => {
      forwarded.push(appended.part.body ?? '');
      await jiraHook?.(trx, appended);
    };
    try {
      const payload = { body: 'Sigue pasando este mes', idempotency_key: 'comment-1' };
      const sent = await w.visitor.ok<Json>('POST', `/tickets/${w.ticket.id}/comments`, payload);
      const again = await w.visitor.ok<Json>('POST', `/tickets/${w.ticket.id}/comments`, payload);
      expect(ZCustomerTicketCommentSentSchema.parse(sent)).toBeTruthy();
      expect(again).toEqual(sent);
      expect(sent.comment).toMatchObject({
        part_type: 'comment',
        body: '<p>Sigue pasando este mes</p>',
        author: { type: 'user' },
      });
      // The retry's transaction ran it too, and rolled back with everything else it did.
      expect(new Set(forwarded)).toEqual(new Set(['<p>Sigue pasando este mes</p>']));
    } finally {
      jiraTicketHooks.afterReply = jiraHook;
    }
    const agentView = await w.api('GET', `/tickets/${w.ticket.id}`);
    const comments = agentView.ticket_parts.ticket_parts.filter(
      (part: { part_type: string }) => part.part_type === 'comment',
    );
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ author: { type: 'user', id: w.boot.contact.id }, public: true });
    expect(agentView.open).toBe(true);
  });

  it('stores hostile text as sent and shows it inert; refuses NUL, broken Unicode, empty and huge bodies', async () => {
    const w = await customerWithTicket();
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"';
    const sent = await w.visitor.ok<Json>('POST', `/tickets/${w.ticket.id}/comments`, {
      body: hostile,
      idempotency_key: 'h1',
    });
    expect(sent.comment.body).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; "quotes"</p>',
    );
    const ticket = await w.visitor.ok<Json>('GET', `/tickets/${w.ticket.id}`);
    expect(JSON.stringify(ticket)).not.toContain('<script');
    expect(JSON.stringify(ticket)).not.toContain('<img');
    // A teammate's HTML is sanitized on the way out too.
    await w.reply(w.ticket.id, 'comment', '<p>Mira <a href="javascript:alert(1)">esto</a></p><script>x()</script>');
    const latest = (await w.visitor.ok<Json>('GET', `/tickets/${w.ticket.id}`)).comments.at(-1);
    expect(latest.body).not.toContain('javascript:');
    expect(latest.body).not.toContain('<script');
    for (const body of ['a\u0000b', 'broken \ud800', '   ', 'x'.repeat(10_001)]) {
      const response = await w.visitor.request('POST', `/tickets/${w.ticket.id}/comments`, {
        body,
        idempotency_key: 'bad',
      });
      expect(response.statusCode, JSON.stringify(body.slice(0, 20))).toBe(400);
    }
    const unknownKey = await w.visitor.request('POST', `/tickets/${w.ticket.id}/comments`, {
      body: 'hola',
      idempotency_key: 'ok-key',
      author_id: '1',
    });
    expect(unknownKey.statusCode).toBe(400);
    const parts = await w.api('GET', `/tickets/${w.ticket.id}`);
    expect(
      parts.ticket_parts.ticket_parts.filter((part: { author: { type: string } }) => part.author.type === 'user'),
    ).toHaveLength(1);
  });
});

describe('the signed ticket page', () => {
  const portal = (workspaceId: string, ticketId: string, query: string) =>
    t.app.inject({ url: `/api/ticket-portal/${workspaceId}/${ticketId}${query}` });
  const portalComment = (workspaceId: string, ticketId: string, query: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/ticket-portal/${workspaceId}/${ticketId}/comments${query}`, payload });

  it('opens from the link a teammate gets, in the customer’s language or the one chosen', async () => {
    const w = await customerWithTicket();
    await w.reply(w.ticket.id, 'note', NOTE);
    await w.move(w.ticket.id, 'waiting_on_customer');
    const link = await w.api('GET', `/tickets/${w.ticket.id}/customer_link`);
    const url = new URL(link.url);
    expect(url.origin).toBe(t.config.publicUrl);
    expect(url.pathname).toBe(`/t/${w.workspace.id}/${w.ticket.id}`);
    const signature = url.searchParams.get('s') as string;
    const page = await portal(w.workspace.id, w.ticket.id, `?s=${signature}`);
    expect(page.statusCode).toBe(200);
    const ticket = ZTicketPortalSchema.parse(page.json());
    expect(ticket).toMatchObject({
      language: 'es',
      state: { category: 'waiting_on_customer', label: 'Esperando tu respuesta' },
      workspace: { name: w.workspace.name },
      comments: [{ part_type: 'ticket_state_updated', body: 'Tu ticket ahora está: Esperando tu respuesta' }],
    });
    expect(page.body).not.toContain('cliente VIP');
    const english = await portal(w.workspace.id, w.ticket.id, `?s=${signature}&lang=en`);
    expect(english.json().state.label).toBe('Awaiting your reply');
    const unknown = await portal(w.workspace.id, w.ticket.id, `?s=${signature}&lang=fr`);
    expect(unknown.json().language).toBe('es');

    const html = await t.app.inject({ url: `/t/${w.workspace.id}/${w.ticket.id}?s=${signature}` });
    expect(html.statusCode).not.toBe(404);
    expect(html.headers['referrer-policy']).toBe('no-referrer');
    expect(html.headers['content-security-policy']).toContain("script-src 'self'");
    expect(html.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers the same 404 to a tampered, missing or borrowed signature and to tickets the customer may not see', async () => {
    const w = await customerWithTicket();
    const backOffice = await w.open('Back-office');
    const second = await w.open('Customer');
    const signature = ticketLinkSignature(t.config, w.workspace.id, Number(w.ticket.id));
    const tampered = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const attempts: [string, string, string][] = [
      [w.workspace.id, w.ticket.id, `?s=${tampered}`],
      [w.workspace.id, w.ticket.id, ''],
      [w.workspace.id, w.ticket.id, '?s='],
      [w.workspace.id, second.id, `?s=${signature}`],
      [w.workspace.id, backOffice.id, `?s=${ticketLinkSignature(t.config, w.workspace.id, Number(backOffice.id))}`],
      [
        w.workspace.id,
        w.conversationId,
        `?s=${ticketLinkSignature(t.config, w.workspace.id, Number(w.conversationId))}`,
      ],
      ['otherworkspace', w.ticket.id, `?s=${signature}`],
      [w.workspace.id, 'abc', `?s=${signature}`],
    ];
    const bodies = new Set<string>();
    for (const [workspaceId, ticketId, query] of attempts) {
      const read = await portal(workspaceId, ticketId, query);
      expect(read.statusCode, `${workspaceId}/${ticketId}${query}`).toBe(404);
      bodies.add(JSON.stringify(read.json().errors));
      const comment = await portalComment(workspaceId, ticketId, query, { body: 'hola', idempotency_key: 'x1' });
      expect(comment.statusCode).toBe(404);
      const html = await t.app.inject({ url: `/t/${workspaceId}/${ticketId}${query}` });
      expect(html.statusCode).toBe(404);
    }
    expect(bodies.size).toBeLessThanOrEqual(2);
    const refused = await t.app.inject({
      url: `/api/tickets/${backOffice.id}/customer_link`,
      headers: bearer(w.adminToken),
    });
    expect(refused.statusCode).toBe(400);
    const unknown = await t.app.inject({ url: '/api/tickets/999999/customer_link', headers: bearer(w.adminToken) });
    expect(unknown.statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/tickets/${w.ticket.id}/customer_link` })).statusCode).toBe(401);
  });

  it('takes a comment as the ticket’s contact', async () => {
    const w = await customerWithTicket();
    const signature = ticketLinkSignature(t.config, w.workspace.id, Number(w.ticket.id));
    const sent = await portalComment(w.workspace.id, w.ticket.id, `?s=${signature}`, {
      body: 'Adjunto el número: F-2291',
      idempotency_key: 'portal-1',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().comment).toMatchObject({ body: '<p>Adjunto el número: F-2291</p>', author: { type: 'user' } });
    const parts = (await w.api('GET', `/tickets/${w.ticket.id}`)).ticket_parts.ticket_parts;
    expect(parts.at(-1)).toMatchObject({
      part_type: 'comment',
      author: { type: 'user', id: w.boot.contact.id, name: 'Lucía Pérez' },
    });
    const seen = await w.visitor.ok<Json>('GET', `/tickets/${w.ticket.id}`);
    expect(seen.comments.at(-1).body).toBe('<p>Adjunto el número: F-2291</p>');
    const bad = await portalComment(w.workspace.id, w.ticket.id, `?s=${signature}`, {
      body: 'a\u0000',
      idempotency_key: 'p2',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('the signed ticket page’s limits', () => {
  const limited = setupTestApp({
    MESSENGER_SENDS_PER_VISITOR_PER_MINUTE: '2',
    MESSENGER_REQUESTS_PER_IP_PER_MINUTE: '100',
  });

  it('limits comments per ticket with a 429', async () => {
    const team = await buildTeamWorkspace(limited.db);
    const visitor = new MessengerClient(limited.app, team.workspace.id);
    const boot = await visitor.start({ user_id: 'u-9' });
    const types = (await limited.app.inject({ url: '/api/ticket_types', headers: bearer(team.adminToken) })).json()
      .data;
    const ticket = await createTicket(limited.app, team.adminToken, {
      ticket_type_id: types[0].id,
      contacts: [{ id: boot.contact.id }],
      ticket_attributes: { _default_title_: 'No llega el pedido' },
    });
    const signature = ticketLinkSignature(limited.config, team.workspace.id, Number(ticket.id));
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await limited.app.inject({
        method: 'POST',
        url: `/api/ticket-portal/${team.workspace.id}/${ticket.id}/comments?s=${signature}`,
        payload: { body: `mensaje ${i}`, idempotency_key: `k${i}` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});
