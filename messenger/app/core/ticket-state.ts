import type { Language } from '../../../protocol/common.ts';
import type {
  CustomerTicketSummary,
  PublicTicketComment,
  VisitorTicketEventData,
} from '../../../protocol/customer-tickets.ts';
import type { MessengerPart } from '../../../protocol/messenger.ts';
import type { PublicTicket } from '../../../protocol/tickets.ts';

/** The pure side of the Tickets tab: how the list and an open ticket follow what the server says. */

const rank = (comment: PublicTicketComment) => Number(comment.id) || 0;

/** The timeline with `incoming` added: each entry once (by id, the newest copy wins), oldest first. */
export function mergeComments(
  existing: readonly PublicTicketComment[],
  incoming: readonly PublicTicketComment[],
): PublicTicketComment[] {
  const byId = new Map(existing.map((comment) => [comment.id, comment]));
  for (const comment of incoming) byId.set(comment.id, comment);
  return [...byId.values()].sort((a, b) => a.created_at - b.created_at || rank(a) - rank(b));
}

/** The team wrote it (or moved the ticket): something for the customer to read. */
export const isFromTeamComment = (comment: PublicTicketComment) => comment.author.type !== 'user';

/** A ticket's timeline as thread parts, so the conversation's thread can show it. */
export function commentsAsParts(ticketId: string, comments: readonly PublicTicketComment[]): MessengerPart[] {
  return comments.map((comment) => ({
    type: 'messenger.part',
    id: comment.id,
    conversation_id: ticketId,
    part_type: comment.part_type,
    body: comment.body,
    author: comment.author,
    created_at: comment.created_at,
    buttons: null,
    step_id: null,
  }));
}

const byActivity = (a: CustomerTicketSummary, b: CustomerTicketSummary) =>
  b.updated_at - a.updated_at || Number(b.id) - Number(a.id);

/** What a state notice moves the ticket to, with its label in the messenger's language. */
const stateIn = (data: VisitorTicketEventData, language: Language) =>
  data.state
    ? { category: data.state.category, label: data.state.labels[language] || data.state.labels.en }
    : undefined;

/**
 * The list after a live timeline entry: the ticket's state, time and unread count follow it (unread unless the
 * customer is looking at it), and it moves to the top. Undefined when the ticket is not listed (fetch the list).
 */
export function applyEntryToList(
  list: readonly CustomerTicketSummary[],
  data: VisitorTicketEventData,
  language: Language,
  isViewing: boolean,
): CustomerTicketSummary[] | undefined {
  const ticket = list.find((item) => item.id === data.ticket_id);
  if (!ticket || !data.comment) return undefined;
  const isUnread = isFromTeamComment(data.comment) && !isViewing;
  const updated: CustomerTicketSummary = {
    ...ticket,
    state: stateIn(data, language) ?? ticket.state,
    updated_at: Math.max(ticket.updated_at, data.comment.created_at),
    unread_count: ticket.unread_count + (isUnread ? 1 : 0),
  };
  return [updated, ...list.filter((item) => item.id !== ticket.id)].sort(byActivity);
}

/** An open ticket after a live timeline entry: the entry in its timeline, its new state at once. */
export function applyEntryToTicket(
  ticket: PublicTicket,
  data: VisitorTicketEventData,
  language: Language,
): PublicTicket {
  if (!data.comment) return ticket;
  return {
    ...ticket,
    state: stateIn(data, language) ?? ticket.state,
    updated_at: Math.max(ticket.updated_at, data.comment.created_at),
    comments: mergeComments(ticket.comments, [data.comment]),
  };
}

/** The Tickets tab's marker: team activity the customer has not seen, all tickets together. */
export function ticketUnread(list: readonly CustomerTicketSummary[]): number {
  return list.reduce((sum, ticket) => sum + ticket.unread_count, 0);
}

/** Reading a ticket clears its count. */
export function markTicketRead(list: readonly CustomerTicketSummary[], id: string): CustomerTicketSummary[] {
  return list.map((ticket) => (ticket.id === id && ticket.unread_count > 0 ? { ...ticket, unread_count: 0 } : ticket));
}

/** The list with what a fresh copy of one ticket says (state, title, time); its unread count stays. */
export function applyTicketToList(
  list: readonly CustomerTicketSummary[],
  ticket: PublicTicket,
): CustomerTicketSummary[] {
  return list
    .map((item) =>
      item.id === ticket.id
        ? {
            ...item,
            title: ticket.title,
            state: ticket.state,
            updated_at: Math.max(item.updated_at, ticket.updated_at),
          }
        : item,
    )
    .sort(byActivity);
}
