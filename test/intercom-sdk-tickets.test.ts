import { IntercomClient } from 'intercom-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTicketWorkspace } from '../server/domain/tickets/ticket-fixtures.ts';
import { setupTestApp } from './harness.ts';
import { openApiMismatches } from './openapi.ts';

/** Tickets through Intercom's official Node SDK (API 2.14) pointed at Charla: create, read, update, reply, search. */
describe('intercom-client tickets against Charla', () => {
  const t = setupTestApp({}, { listen: true });
  let client: IntercomClient;
  let w: Awaited<ReturnType<typeof buildTicketWorkspace>>;

  beforeAll(async () => {
    w = await buildTicketWorkspace(t.app, t.db);
    client = new IntercomClient({ baseUrl: `${t.url}/api`, token: w.adminToken, maxRetries: 0 });
  });

  it('creates, updates, replies to, searches and reads a ticket', async () => {
    const types = await client.ticketTypes.list();
    const customerType = types.data?.find((type) => type?.category === 'Customer');
    expect(customerType?.ticket_type_attributes?.ticket_type_attributes ?? []).toBeDefined();
    const states = await client.ticketStates.listTicketStates();
    const inProgress = states.data?.find((state) => state?.category === 'in_progress');

    // SDK 7 types leave out `ticket_attributes`, which the API (and the SDK at run time) carries.
    const request: Parameters<typeof client.tickets.create>[0] & { ticket_attributes: Record<string, string> } = {
      ticket_type_id: customerType?.id ?? '',
      contacts: [{ id: String(w.contact.id) }],
      ticket_attributes: { _default_title_: 'No puedo pagar', _default_description_: 'El botón no responde' },
      conversation_to_link_id: w.conversationId,
    };
    const created = await client.tickets.create(request);
    expect(created).toMatchObject({ type: 'ticket', category: 'Customer', ticket_state: { category: 'submitted' } });
    expect(openApiMismatches('ticket', created)).toEqual([]);
    const id = created?.id ?? '';

    const updated = await client.tickets.update({
      ticket_id: id,
      ticket_state_id: inProgress?.id,
      admin_id: w.admin.id,
      assignee_id: String(w.agent.id),
    });
    expect(updated).toMatchObject({ ticket_state: { category: 'in_progress' }, admin_assignee_id: String(w.agent.id) });

    const reply = await client.tickets.reply({
      ticket_id: id,
      body: { message_type: 'comment', type: 'admin', admin_id: String(w.admin.id), body: 'Ya lo estamos mirando' },
    });
    expect(reply).toMatchObject({ type: 'ticket_part', part_type: 'comment', body: 'Ya lo estamos mirando' });

    const found = await client.tickets.search({
      query: {
        operator: 'AND',
        value: [
          { field: 'state', operator: '=', value: 'in_progress' },
          { field: 'admin_assignee_id', operator: '=', value: String(w.agent.id) },
        ],
      },
    });
    expect(found.data.map((ticket) => ticket?.id)).toEqual([id]);

    const read = await client.tickets.get({ ticket_id: id });
    expect(read?.ticket_parts?.ticket_parts?.map((part) => part.part_type)).toEqual([
      'ticket_state_updated',
      'assignment',
      'comment',
    ]);
    expect(openApiMismatches('ticket', read)).toEqual([]);
  });

  it('surfaces a missing ticket as the SDK not-found error', async () => {
    await expect(client.tickets.get({ ticket_id: 'missing' })).rejects.toMatchObject({ statusCode: 404 });
  });
});
