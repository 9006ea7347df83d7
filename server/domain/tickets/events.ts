import type { Emit } from '../../events/transact.ts';
import type { ConversationRow } from '../conversations/rows.ts';
import type { TicketRow } from './records.ts';

/** What ticket events carry: enough for lists and the customer's Tickets tab to refresh the ticket. */
function ticketSummary(ticket: TicketRow) {
  return {
    type: 'ticket.summary' as const,
    id: String(ticket.conversation_id),
    ticket_number: ticket.ticket_number,
    category: ticket.category,
    ticket_state_id: String(ticket.ticket_state_id),
    title: ticket.title,
    is_shared: ticket.is_shared,
  };
}

/** Customer tickets shared with the customer reach their messenger; the rest stay with teammates. */
function audienceOf(ticket: TicketRow) {
  return ticket.category === 'Customer' && ticket.is_shared ? ('public' as const) : ('agents' as const);
}

export function emitTicketCreated(emit: Emit, row: ConversationRow, ticket: TicketRow): void {
  emit({
    topic: 'ticket.created',
    audience: audienceOf(ticket),
    conversationId: row.id,
    contactId: row.contact_id,
    data: { ticket: ticketSummary(ticket), ticket_state: row.ticket_state },
  });
}

export function emitTicketUpdated(
  emit: Emit,
  row: ConversationRow,
  ticket: TicketRow,
  what: Record<string, unknown> = {},
): void {
  emit({
    topic: 'ticket.updated',
    audience: audienceOf(ticket),
    conversationId: row.id,
    contactId: row.contact_id,
    data: { ticket: ticketSummary(ticket), ticket_state: row.ticket_state, ...what },
  });
}
