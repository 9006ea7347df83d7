import type { CustomerTicketCommentSent, VisitorTicketEventData } from '../../../protocol/customer-tickets.ts';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { api, session } from './context.ts';
import { forThisContact } from './conversations.ts';
import { debounce } from './debounce.ts';
import { newKey } from './ids.ts';
import { navigate } from './navigation.ts';
import { plainText } from './parts.ts';
import { ApiError, withRetry } from './retry.ts';
import { type PendingMessage, store } from './state.ts';
import {
  applyEntryToList,
  applyEntryToTicket,
  applyTicketToList,
  isFromTeamComment,
  markTicketRead,
  mergeComments,
} from './ticket-state.ts';

/** The customer has this ticket in front of them: the messenger open on it, in a visible tab. */
export function isViewingTicket(id: string): boolean {
  const { open, view } = store.get();
  return open && view.name === 'ticket' && view.id === id && document.visibilityState === 'visible';
}

export async function refreshTickets(): Promise<void> {
  await forThisContact(
    () => withRetry(() => api.listTickets(store.get().language)),
    (list) => store.set({ tickets: list.tickets, ticketsLoaded: true }),
  );
  const { view } = store.get();
  if (view.name === 'ticket') readTicketIfViewing(view.id);
}

export async function refreshTicket(id: string): Promise<void> {
  try {
    await forThisContact(
      () => withRetry(() => api.getTicket(id, store.get().language)),
      (ticket) =>
        store.set((state) => ({
          ticketDetails: { ...state.ticketDetails, [id]: ticket },
          tickets: applyTicketToList(state.tickets, ticket),
        })),
    );
  } catch (error) {
    // Not (or no longer) the customer's to see: the screen says so.
    if (error instanceof ApiError && error.status === 404) {
      store.set((state) => ({ ticketDetails: { ...state.ticketDetails, [id]: null } }));
      return;
    }
    throw error;
  }
  readTicketIfViewing(id);
}

const refetchTickets = debounce(() => void refreshTickets().catch(() => undefined));
const refetchTicket = debounce((id) => void refreshTicket(id).catch(() => undefined));

/** Catches up after a gap: the list, and the ticket on screen. */
export function resyncTickets(): void {
  refetchTickets('list');
  const { view } = store.get();
  if (view.name === 'ticket') refetchTicket(view.id);
}

/** The customer sees the ticket: its unread count clears, here and on the server. */
export function readTicketIfViewing(id: string, force = false): void {
  if (!isViewingTicket(id)) return;
  const ticket = store.get().tickets.find((item) => item.id === id);
  if (!force && !ticket?.unread_count) return;
  store.set((state) => ({ tickets: markTicketRead(state.tickets, id) }));
  withRetry(() => api.readTicket(id)).catch(() => undefined);
}

export function openTicket(id: string): void {
  navigate({ name: 'ticket', id });
  store.set({ ticketAnnouncement: '' });
  readTicketIfViewing(id);
  if (!store.get().ticketDetails[id]) refreshTicket(id).catch(() => undefined);
}

/** A ticket's live event: a new timeline entry shows at once (a state notice moves the badge too). */
export function applyTicketEvent(event: CharlaEvent): void {
  const data = event.data as VisitorTicketEventData;
  const id = data.ticket_id;
  if (data.comment) {
    const state = store.get();
    const isViewing = isViewingTicket(id);
    const tickets = applyEntryToList(state.tickets, data, state.language, isViewing);
    const detail = state.ticketDetails[id];
    store.set({
      tickets: tickets ?? state.tickets,
      ticketDetails: detail
        ? { ...state.ticketDetails, [id]: applyEntryToTicket(detail, data, state.language) }
        : state.ticketDetails,
      // Said once by the screen's live region.
      ...(data.state && isViewing ? { ticketAnnouncement: plainText(data.comment.body ?? '') } : {}),
    });
    if (!tickets) refetchTickets('list');
    if (isViewing && isFromTeamComment(data.comment)) readTicketIfViewing(id, true);
    return;
  }
  if (event.topic === 'ticket.created' || event.topic === 'ticket.updated') {
    refetchTickets('list');
    if (store.get().ticketDetails[id] !== undefined) refetchTicket(id);
  }
}

function setPending(key: string, change: Partial<PendingMessage> | null): void {
  store.set((state) => ({
    ticketOutbox: change
      ? state.ticketOutbox.map((item) => (item.key === key ? { ...item, ...change } : item))
      : state.ticketOutbox.filter((item) => item.key !== key),
  }));
}

function applySent(sent: CustomerTicketCommentSent): void {
  store.set((state) => {
    const detail = state.ticketDetails[sent.ticket_id];
    if (!detail) return {};
    return {
      ticketDetails: {
        ...state.ticketDetails,
        [sent.ticket_id]: { ...detail, comments: mergeComments(detail.comments, [sent.comment]) },
      },
    };
  });
}

async function deliver(message: PendingMessage): Promise<void> {
  setPending(message.key, { status: 'sending' });
  const generation = session.generation;
  const ticketId = message.conversationId ?? '';
  try {
    const sent = await withRetry(() => api.commentTicket(ticketId, message.body, message.key));
    if (generation !== session.generation) return;
    applySent(sent);
    setPending(message.key, null);
  } catch {
    if (generation === session.generation) setPending(message.key, { status: 'failed' });
  }
}

/** The customer's comment on a ticket, shown as sent at once, confirmed (or "Not sent — Retry") after. */
export function sendTicketComment(ticketId: string, text: string): void {
  const body = text.trim();
  if (!body) return;
  const pending: PendingMessage = {
    key: newKey(),
    conversationId: ticketId,
    body,
    status: 'sending',
    createdAt: Date.now(),
  };
  store.set((state) => ({ ticketOutbox: [...state.ticketOutbox, pending] }));
  void deliver(pending);
}

/** Tries a failed comment again, under the same idempotency key. */
export function retryTicketComment(key: string): void {
  const message = store.get().ticketOutbox.find((item) => item.key === key);
  if (message?.status === 'failed') void deliver(message);
}
