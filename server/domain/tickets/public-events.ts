import type { ConversationPart } from '../../../protocol/conversations.ts';
import type { CustomerTicketState, VisitorTicketEventData } from '../../../protocol/customer-tickets.ts';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { publicAuthor } from './public-presenter.ts';
import { TIMELINE_PART_TYPES } from './public-queries.ts';

const TIMELINE = new Set<string>(TIMELINE_PART_TYPES);

/** The ticket an event is about (its conversation id), or undefined for a plain conversation's event. */
function ticketIdOf(event: CharlaEvent): string | undefined {
  if (event.topic === 'ticket.created' || event.topic === 'ticket.updated') return event.conversation_id ?? undefined;
  if (event.topic === 'conversation.part.created')
    return event.data.ticket_state ? (event.conversation_id ?? undefined) : undefined;
  const conversation = event.data.conversation as { ticket_state?: string | null } | undefined;
  return conversation?.ticket_state ? (event.conversation_id ?? undefined) : undefined;
}

/** A state notice's new state, with its external labels only (internal ones are the team's words). */
function stateOf(part: ConversationPart): CustomerTicketState | undefined {
  const metadata = part.metadata as {
    ticket_state?: CustomerTicketState['category'];
    labels?: { external?: { en?: string; es?: string } };
  } | null;
  const external = metadata?.labels?.external;
  if (part.part_type !== 'ticket_state_updated' || !metadata?.ticket_state || !external) return undefined;
  return { category: metadata.ticket_state, labels: { en: external.en ?? '', es: external.es ?? '' } };
}

function timelineEntry(part: ConversationPart) {
  const state = stateOf(part);
  return {
    comment: {
      id: part.id,
      part_type: part.part_type as 'comment' | 'ticket_state_updated',
      // Sanitized when the event was recorded.
      body: part.body,
      author: publicAuthor(part.author.type, part.author.name),
      created_at: part.created_at,
    },
    ...(state ? { state } : {}),
  };
}

/**
 * A ticket's public event as the customer's streams carry it (messenger and signed page): a new timeline entry
 * in the shape the ticket view shows, or the ticket's number and title; nothing of the agents' payloads (no Jira
 * keys, attribute names, internal labels). `null` for the rest of a ticket's conversation events (its
 * creation, state, other parts): the customer learns nothing from them — the ticket events say it — and a
 * back-office ticket's conversation may emit them too. Undefined for a plain conversation's event.
 */
export function presentTicketEventForVisitor(event: CharlaEvent): CharlaEvent | null | undefined {
  const ticketId = ticketIdOf(event);
  if (!ticketId) return undefined;
  const base = { conversation_id: ticketId, ticket_id: ticketId };
  let data: VisitorTicketEventData;
  if (event.topic === 'conversation.part.created') {
    const part = event.data.part as ConversationPart | undefined;
    if (!part?.public || !TIMELINE.has(part.part_type)) return null;
    data = { ...base, ...timelineEntry(part) };
  } else if (event.topic === 'ticket.created' || event.topic === 'ticket.updated') {
    const ticket = event.data.ticket as { ticket_number?: number; title?: string } | undefined;
    data = {
      ...base,
      ticket: { id: ticketId, ticket_number: Number(ticket?.ticket_number ?? 0), title: String(ticket?.title ?? '') },
    };
  } else {
    return null;
  }
  return { ...event, data };
}
