import { describe, expect, it } from 'vitest';
import type { VisitorTicketEventData } from '../../protocol/customer-tickets.ts';
import type { CharlaEvent, StreamEvent } from '../../protocol/events.ts';
import { bearer, buildTeamWorkspace } from '../../test/factories.ts';
import { MessengerClient } from '../../test/messenger-client.ts';
import { connectSocket, pause, setupRealtimeApp, waitFor } from '../../test/realtime-client.ts';
import { ticketLinkSignature } from '../domain/tickets/customer-link.ts';
import { createTicket } from '../domain/tickets/ticket-fixtures.ts';

const t = setupRealtimeApp();
const NOTE = 'NOTA-SECRETA: no contar al cliente';

async function setup() {
  const team = await buildTeamWorkspace(t.db);
  const visitor = new MessengerClient(t.app, team.workspace.id);
  const boot = await visitor.start({ user_id: 'lucia-1', language_override: 'es' });
  const { conversation } = await visitor.send('La factura sale duplicada');
  const api = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await t.app.inject({ method, url: `/api${url}`, headers: bearer(team.adminToken), payload });
    if (response.statusCode !== 200) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const types: { id: string; category: string }[] = (await api('GET', '/ticket_types')).data;
  const open = (category: string, title = 'Factura duplicada') =>
    createTicket(t.app, team.adminToken, {
      ticket_type_id: types.find((type) => type.category === category)?.id,
      contacts: [{ id: boot.contact.id }],
      ticket_attributes: { _default_title_: title },
      conversation_to_link_id: conversation.id,
    });
  const reply = (id: string, message_type: 'comment' | 'note', body: string) =>
    api('POST', `/tickets/${id}/reply`, { type: 'admin', message_type, body, admin_id: String(team.admin.id) });
  const move = (id: string, state: string) => api('PUT', `/tickets/${id}`, { state });
  return { ...team, visitor, boot, conversationId: conversation.id, open, reply, move, api };
}

const dataOf = (event: StreamEvent) => (event.type === 'event' ? (event.data as VisitorTicketEventData) : undefined);
const isStateChange = (category: string) => (event: StreamEvent) => dataOf(event)?.state?.category === category;

describe('customer tickets on the visitor stream', () => {
  it('brings the customer’s messenger its ticket’s state changes and comments in the ticket view’s shape, never a note', async () => {
    const w = await setup();
    const socket = await connectSocket(t.url, '/visitors', { token: w.visitor.token, after: w.boot.last_event_id });
    await socket.ready;
    const ticket = await w.open('Customer');
    await w.reply(ticket.id, 'note', NOTE);
    await w.reply(ticket.id, 'comment', 'Lo estamos revisando');
    await w.move(ticket.id, 'in_progress');
    const backOffice = await w.open('Back-office', 'Revisar pasarela de pago');
    await w.reply(backOffice.id, 'comment', 'Interno');
    await w.move(backOffice.id, 'in_progress');
    // Closing it through the conversation side changes its conversation's state, which is no news to the customer.
    await w.api('PUT', `/tickets/${backOffice.id}`, { open: false });
    await waitFor(() => socket.events.find(isStateChange('in_progress')));
    await pause(200);

    const ticketEvents = socket.events.filter((event) => dataOf(event)?.ticket_id !== undefined) as CharlaEvent[];
    expect(ticketEvents.every((event) => dataOf(event)?.ticket_id === ticket.id)).toBe(true);
    expect(ticketEvents.map((event) => event.topic)).toEqual([
      'ticket.created',
      'conversation.part.created',
      'conversation.part.created',
      'ticket.updated',
    ]);
    const created = ticketEvents.find((event) => event.topic === 'ticket.created');
    expect(created?.data).toEqual({
      conversation_id: ticket.id,
      ticket_id: ticket.id,
      ticket: { id: ticket.id, ticket_number: 1, title: 'Factura duplicada' },
    });
    const entries = ticketEvents.flatMap((event) => dataOf(event)?.comment ?? []);
    expect(entries.map((entry) => [entry.part_type, entry.body, entry.author.type])).toEqual([
      ['comment', 'Lo estamos revisando', 'admin'],
      ['ticket_state_updated', 'Tu ticket ahora está: En curso', 'admin'],
    ]);
    expect(dataOf(ticketEvents.find(isStateChange('in_progress')) as StreamEvent)?.state).toEqual({
      category: 'in_progress',
      labels: { en: 'In progress', es: 'En curso' },
    });
    // The chat it came from learns of the ticket in the messenger's shape.
    const linked = socket.events.find(
      (event) => event.type === 'event' && (event.data.part as { part_type?: string })?.part_type === 'ticket_linked',
    );
    expect(linked && 'data' in linked && linked.data.part).toMatchObject({
      conversation_id: w.conversationId,
      ticket: { id: ticket.id, ticket_number: 1 },
    });
    const everything = JSON.stringify(socket.events);
    for (const secret of ['NOTA-SECRETA', 'Interno', 'Revisar pasarela', w.admin.email, 'internal']) {
      expect(everything).not.toContain(secret);
    }
    expect(socket.events.filter((event) => event.type === 'event' && event.conversation_id === backOffice.id)).toEqual(
      [],
    );
    socket.close();
  });

  it('lets a signed ticket page follow its one ticket live, resume where it left off, and refuses bad links', async () => {
    const w = await setup();
    const ticket = await w.open('Customer');
    const other = await w.open('Customer', 'Otro asunto');
    const link = (id: string, signature = ticketLinkSignature(t.config, w.workspace.id, Number(id))) => ({
      ticket: { workspace_id: w.workspace.id, ticket_id: id, signature },
    });
    const page = await connectSocket(t.url, '/visitors', link(ticket.id));
    const { last_id: start } = await page.ready;
    await w.move(other.id, 'in_progress');
    await w.visitor.reply(w.conversationId, 'Gracias');
    await w.reply(ticket.id, 'note', NOTE);
    await w.move(ticket.id, 'in_progress');
    await waitFor(() => page.events.find(isStateChange('in_progress')));
    await pause(150);
    expect(page.events.every((event) => dataOf(event)?.ticket_id === ticket.id)).toBe(true);
    expect(JSON.stringify(page.events)).not.toContain('NOTA-SECRETA');
    const seen = Math.max(...page.events.map((event) => event.id));
    page.close();

    // Missed while away: replayed on reconnection, after the last one seen, with nothing else.
    await w.reply(ticket.id, 'comment', '¿Nos mandas el número de factura?');
    await w.move(other.id, 'resolved');
    const back = await connectSocket(t.url, '/visitors', { ...link(ticket.id), after: seen });
    await back.ready;
    const replayed = back.events.flatMap((event) => dataOf(event)?.comment?.body ?? []);
    expect(replayed).toEqual(['¿Nos mandas el número de factura?']);
    expect(back.events.every((event) => event.id > seen && event.id > start)).toBe(true);
    back.close();

    const signature = ticketLinkSignature(t.config, w.workspace.id, Number(ticket.id));
    const backOffice = await w.open('Back-office');
    for (const auth of [
      link(ticket.id, `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`),
      link(other.id, signature),
      link(backOffice.id),
      link(w.conversationId),
      { ticket: { workspace_id: 'nope', ticket_id: ticket.id, signature } },
    ]) {
      await expect(connectSocket(t.url, '/visitors', auth)).rejects.toMatchObject({ data: { code: 'unauthorized' } });
    }
  });
});
