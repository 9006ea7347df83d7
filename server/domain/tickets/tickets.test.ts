import { describe, expect, it } from 'vitest';
import { ZTicketSchema } from '../../../protocol/tickets.ts';
import { bearer } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { openApiMismatches } from '../../../test/openapi.ts';
import { buildTicketWorkspace, createTicket } from './ticket-fixtures.ts';

const t = setupTestApp();

function ticketFrom(w: Awaited<ReturnType<typeof buildTicketWorkspace>>, category = 'Customer', extra = {}) {
  return {
    ticket_type_id: w.typeId(category),
    contacts: [{ id: String(w.contact.id) }],
    ticket_attributes: { _default_title_: 'Factura duplicada', _default_description_: 'Se cobró dos veces.' },
    conversation_to_link_id: w.conversationId,
    ...extra,
  };
}

async function countTickets(workspaceId: string) {
  const row = await t.db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('tickets', () => {
  it('creates a customer ticket from a conversation, linked both ways, in the 2.14 shape', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const ticket = await createTicket(t.app, w.adminToken, ticketFrom(w));
    expect(ZTicketSchema.parse(ticket)).toBeTruthy();
    expect(openApiMismatches('ticket', ticket)).toEqual([]);
    expect(ticket).toMatchObject({
      category: 'Customer',
      ticket_id: '1',
      ticket_state: { category: 'submitted', internal_label: 'Submitted' },
      ticket_attributes: { _default_title_: 'Factura duplicada', _default_description_: 'Se cobró dos veces.' },
      admin_assignee_id: '0',
      open: true,
      linked_objects: { total_count: 1, data: [{ type: 'conversation', id: w.conversationId }] },
    });
    const conversation = (
      await t.app.inject({ url: `/api/conversations/${w.conversationId}`, headers: bearer(w.adminToken) })
    ).json();
    expect(conversation.linked_objects.data).toEqual([{ type: 'ticket', id: ticket.id, category: 'Customer' }]);
    const linkedPart = conversation.conversation_parts.conversation_parts.at(-1);
    expect(linkedPart).toMatchObject({ part_type: 'ticket_linked', public: true, metadata: { ticket_number: 1 } });
    const second = await createTicket(t.app, w.adminToken, ticketFrom(w, 'Back-office'));
    expect(second.ticket_id).toBe('2');
  });

  it('lists ticket types and states with labels in both languages, in the teammate language', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const types = (await t.app.inject({ url: '/api/ticket_types', headers: bearer(w.adminToken) })).json();
    expect(types.data.map((type: { category: string }) => type.category)).toEqual([
      'Customer',
      'Back-office',
      'Tracker',
    ]);
    expect(openApiMismatches('ticket_type_list', types)).toEqual([]);
    await t.db.updateTable('teammates').set({ language: 'es' }).where('id', '=', w.agent.id).execute();
    const states = (await t.app.inject({ url: '/api/ticket_states', headers: bearer(w.agentToken) })).json();
    expect(openApiMismatches('ticket_state_list', states)).toEqual([]);
    expect(states.data.map((state: { internal_label: string }) => state.internal_label)).toEqual([
      'Enviado',
      'En curso',
      'Esperando al cliente',
      'Resuelto',
    ]);
    expect(states.data[2].labels).toEqual({
      internal: { en: 'Waiting on customer', es: 'Esperando al cliente' },
      external: { en: 'Awaiting your reply', es: 'Esperando tu respuesta' },
    });
  });

  it('moves state with a notice to the customer in their language; resolved closes the ticket', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const ticket = await createTicket(t.app, w.adminToken, ticketFrom(w));
    const moved = await t.app.inject({
      method: 'PUT',
      url: `/api/tickets/${ticket.id}`,
      headers: bearer(w.adminToken),
      payload: { ticket_state_id: w.stateId('in_progress') },
    });
    expect(moved.statusCode).toBe(200);
    expect(openApiMismatches('ticket', moved.json())).toEqual([]);
    const notice = moved.json().ticket_parts.ticket_parts.at(-1);
    expect(notice).toMatchObject({
      part_type: 'ticket_state_updated',
      previous_ticket_state: 'submitted',
      ticket_state: 'in_progress',
      body: 'Tu ticket ahora está: En curso',
      public: true,
    });
    const resolved = await t.app.inject({
      method: 'PUT',
      url: `/api/tickets/${ticket.id}`,
      headers: bearer(w.adminToken),
      payload: { state: 'resolved' },
    });
    expect(resolved.json()).toMatchObject({ open: false, ticket_state: { category: 'resolved' } });
    const reopened = await t.app.inject({
      method: 'PUT',
      url: `/api/tickets/${ticket.id}`,
      headers: bearer(w.adminToken),
      payload: { ticket_state_id: w.stateId('waiting_on_customer') },
    });
    expect(reopened.json()).toMatchObject({ open: true, ticket_state: { category: 'waiting_on_customer' } });
  });

  it('keeps notes internal and refuses customer replies on back-office tickets', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const ticket = await createTicket(t.app, w.adminToken, ticketFrom(w));
    const reply = async (id: string, body: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/api/tickets/${id}/reply`, headers: bearer(w.adminToken), payload: body });
    const comment = await reply(ticket.id, { type: 'admin', message_type: 'comment', body: 'Lo estamos revisando' });
    expect(comment.json()).toMatchObject({ type: 'ticket_part', part_type: 'comment', author: { type: 'admin' } });
    expect(openApiMismatches('ticket_reply', comment.json())).toEqual([]);
    const note = await reply(ticket.id, { type: 'admin', message_type: 'note', body: 'Cliente VIP' });
    expect(note.json()).toMatchObject({ part_type: 'note' });
    const customer = await reply(ticket.id, {
      type: 'user',
      message_type: 'comment',
      intercom_user_id: String(w.contact.id),
      body: 'Gracias',
    });
    expect(customer.json()).toMatchObject({ part_type: 'comment', author: { type: 'user', name: 'Lucía Pérez' } });
    const parts = (await t.app.inject({ url: `/api/tickets/${ticket.id}`, headers: bearer(w.adminToken) })).json()
      .ticket_parts.ticket_parts;
    expect(parts.map((part: { part_type: string; public: boolean }) => [part.part_type, part.public])).toEqual([
      // Replying to the unassigned ticket assigned it to the replier.
      ['assignment', false],
      ['comment', true],
      ['note', false],
      ['comment', true],
    ]);

    const backOffice = await createTicket(t.app, w.adminToken, ticketFrom(w, 'Back-office'));
    const refused = await reply(backOffice.id, {
      type: 'user',
      message_type: 'comment',
      intercom_user_id: String(w.contact.id),
      body: 'Hola',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].code).toBe('parameter_mismatch');
    const internal = await reply(backOffice.id, { type: 'admin', message_type: 'comment', body: 'Revisar banco' });
    expect(internal.json().part_type).toBe('note');
  });

  it('links many conversations to a tracker ticket', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const tracker = await createTicket(t.app, w.adminToken, ticketFrom(w, 'Tracker'));
    const { buildConversation } = await import('../../../test/conversation-factories.ts');
    const other = await buildConversation(t.app, w.adminToken, w.contact.id, 'A mí también me pasa');
    const linked = await t.app.inject({
      method: 'PUT',
      url: `/api/tickets/${tracker.id}`,
      headers: bearer(w.adminToken),
      payload: { link_conversation_ids: [other] },
    });
    expect(
      linked
        .json()
        .linked_objects.data.map((link: { id: string }) => link.id)
        .sort(),
    ).toEqual([w.conversationId, other].sort());
    const tickets = await t.app.inject({ url: `/api/conversations/${other}/tickets`, headers: bearer(w.adminToken) });
    expect(tickets.json().tickets.map((ticket: { id: string }) => ticket.id)).toEqual([tracker.id]);
  });

  it('searches tickets by state and type, and the Tickets view shows submitted or in progress', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const first = await createTicket(t.app, w.adminToken, ticketFrom(w));
    const second = await createTicket(t.app, w.adminToken, ticketFrom(w, 'Back-office'));
    await t.app.inject({
      method: 'PUT',
      url: `/api/tickets/${second.id}`,
      headers: bearer(w.adminToken),
      payload: { state: 'resolved' },
    });
    const search = async (query: Record<string, unknown>) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/tickets/search',
          headers: bearer(w.adminToken),
          payload: { query },
        })
      ).json();
    const submitted = await search({ field: 'state', operator: '=', value: 'submitted' });
    expect(openApiMismatches('ticket_list', submitted)).toEqual([]);
    expect(submitted.tickets.map((ticket: { id: string }) => ticket.id)).toEqual([first.id]);
    const backOffice = await search({ field: 'ticket_type_id', operator: '=', value: w.typeId('Back-office') });
    expect(backOffice.tickets.map((ticket: { id: string }) => ticket.id)).toEqual([second.id]);

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/views',
      headers: bearer(w.adminToken),
      payload: { name: 'Tickets', kind: 'shared', filters: { ticket_states: ['submitted', 'in_progress'] } },
    });
    const listed = await t.app.inject({
      url: `/api/views/${created.json().id}/conversations`,
      headers: bearer(w.adminToken),
    });
    expect(listed.json().conversations.map((c: { id: string }) => c.id)).toEqual([first.id]);
    expect(listed.json().conversations[0].ticket_state).toBe('submitted');
  });

  it('answers a retried create with the first ticket', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/tickets',
        headers: { ...bearer(w.adminToken), 'idempotency-key': 'create-1' },
        payload: ticketFrom(w),
      });
    const [a, b] = [await send(), await send()];
    expect(b.json().id).toBe(a.json().id);
    expect(await countTickets(w.workspace.id)).toBe(1);
  });
});

describe('tickets: bad input writes nothing', () => {
  it('refuses an unknown type, a missing title, an unknown or wrong attribute, a contact of another workspace', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const other = await buildTicketWorkspace(t.app, t.db);
    const attempts: Record<string, unknown>[] = [
      ticketFrom(w, 'Customer', { ticket_type_id: '999999' }),
      ticketFrom(w, 'Customer', { ticket_type_id: other.typeId('Customer') }),
      ticketFrom(w, 'Customer', { ticket_attributes: { _default_description_: 'sin título' } }),
      ticketFrom(w, 'Customer', { ticket_attributes: { _default_title_: '   ' } }),
      ticketFrom(w, 'Customer', { ticket_attributes: { _default_title_: 'x', plan: 'pro' } }),
      ticketFrom(w, 'Customer', { ticket_attributes: { _default_title_: { html: '<b>' } } }),
      ticketFrom(w, 'Customer', { contacts: [{ id: String(other.contact.id) }] }),
      ticketFrom(w, 'Customer', { contacts: [] }),
      ticketFrom(w, 'Customer', { conversation_to_link_id: other.conversationId }),
      { contacts: [{ id: String(w.contact.id) }] },
    ];
    for (const payload of attempts) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/tickets',
        headers: bearer(w.adminToken),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, JSON.stringify(payload)).toBeLessThan(500);
      expect(response.json().type).toBe('error.list');
    }
    expect(await countTickets(w.workspace.id)).toBe(0);
  });

  it('checks typed attributes of a ticket type, and requires those marked required', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const typeId = w.typeId('Customer');
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/ticket_types/${typeId}/attributes`,
      headers: bearer(w.adminToken),
      payload: { name: 'Producto', data_type: 'list', list_items: 'Web, App', required_to_create: true },
    });
    expect(added.statusCode).toBe(200);
    expect(openApiMismatches('ticket_type', added.json())).toEqual([]);
    const base = { _default_title_: 'No carga' };
    const create = (attributes: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/tickets',
        headers: bearer(w.adminToken),
        payload: { ticket_type_id: typeId, contacts: [{ id: String(w.contact.id) }], ticket_attributes: attributes },
      });
    expect((await create(base)).statusCode).toBe(400);
    expect((await create({ ...base, Producto: 'Fax' })).json().errors[0].field).toBe('ticket_attributes.Producto');
    const ok = await create({ ...base, Producto: 'App' });
    expect(ok.json().ticket_attributes).toMatchObject({ Producto: 'App', _default_title_: 'No carga' });
    const agentAdds = await t.app.inject({
      method: 'POST',
      url: '/api/ticket_types',
      headers: bearer(w.agentToken),
      payload: { name: 'Otro' },
    });
    expect(agentAdds.statusCode).toBe(403);
  });

  it('answers 404 not_found for ids of any form, and for another workspace ticket', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const other = await buildTicketWorkspace(t.app, t.db);
    const theirs = await createTicket(t.app, other.adminToken, ticketFrom(other));
    for (const url of [
      '/api/tickets/abc',
      '/api/tickets/999999',
      `/api/tickets/${theirs.id}`,
      `/api/tickets/${w.conversationId}`,
      '/api/contacts/abc',
      '/api/conversations/1e3',
    ]) {
      const response = await t.app.inject({ url, headers: bearer(w.adminToken) });
      expect(response.statusCode, url).toBe(404);
    }
    // A NUL in an id is text PostgreSQL cannot store: refused at the edge (api.md).
    const nul = await t.app.inject({ url: '/api/ticket_types/%00', headers: bearer(w.adminToken) });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors[0]).toMatchObject({ code: 'invalid_text', field: 'id' });
    const contact = await t.app.inject({ url: '/api/contacts/abc', headers: bearer(w.adminToken) });
    expect(contact.json().errors[0].code).toBe('not_found');
    const update = await t.app.inject({
      method: 'PUT',
      url: `/api/tickets/${theirs.id}`,
      headers: bearer(w.adminToken),
      payload: { state: 'resolved' },
    });
    expect(update.statusCode).toBe(404);
    const unknownState = await t.app.inject({
      method: 'PUT',
      url: `/api/tickets/${theirs.id}`,
      headers: bearer(other.adminToken),
      payload: { ticket_state_id: w.stateId('resolved') },
    });
    expect(unknownState.statusCode).toBe(400);
  });
});

describe('tickets through the conversation API', () => {
  it('keeps a back-office ticket internal when replied to as a conversation', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const ticket = await createTicket(t.app, w.adminToken, {
      ticket_type_id: w.typeId('Back-office'),
      contacts: [{ id: String(w.contact.id) }],
      ticket_attributes: { _default_title_: 'Revisar banco' },
    });
    const reply = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/conversations/${ticket.id}/reply`,
        headers: bearer(w.adminToken),
        payload,
      });
    const comment = await reply({ type: 'admin', message_type: 'comment', body: 'Comentario' });
    expect(comment.json().conversation_parts.conversation_parts.at(-1)).toMatchObject({
      part_type: 'note',
      public: false,
    });
    const customer = await reply({
      type: 'user',
      message_type: 'comment',
      intercom_user_id: String(w.contact.id),
      body: 'Hola',
    });
    expect(customer.statusCode).toBe(400);
    expect(customer.json().errors[0].code).toBe('parameter_mismatch');
  });
});
