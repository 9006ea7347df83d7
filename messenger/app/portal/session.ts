import type { Language } from '../../../protocol/common.ts';
import type { TicketPortal, VisitorTicketEventData } from '../../../protocol/customer-tickets.ts';
import type { StreamEvent } from '../../../protocol/events.ts';
import { contrastRatio, INK, isHexColor, textOn, WHITE } from '../../shared/contrast.ts';
import { createEventCursor } from '../core/cursor.ts';
import { debounce } from '../core/debounce.ts';
import { newKey } from '../core/ids.ts';
import { plainText } from '../core/parts.ts';
import { connectVisitor, type VisitorConnection } from '../core/realtime.ts';
import { ApiError, withRetry } from '../core/retry.ts';
import type { Connection, PendingMessage } from '../core/state.ts';
import { createStore } from '../core/store.ts';
import { applyEntryToTicket, mergeComments } from '../core/ticket-state.ts';
import { createPortalApi } from './api.ts';
import { type PortalLink, withLanguage } from './link.ts';

export interface PortalState {
  status: 'loading' | 'ready' | 'missing' | 'failed';
  ticket: TicketPortal | null;
  pending: PendingMessage[];
  /** What the live region says of the latest state change. */
  announcement: string;
  connection: Connection;
}

/** The signed ticket page: its ticket, kept live over the ticket's socket, and the customer's comments. */
export function createPortal(link: PortalLink) {
  const api = createPortalApi(link);
  const store = createStore<PortalState>({
    status: 'loading',
    ticket: null,
    pending: [],
    announcement: '',
    connection: 'off',
  });
  let language: Language | undefined = link.language;
  let connection: VisitorConnection | null = null;
  let cursor = createEventCursor(0);
  let hasBeenReady = false;

  function applyTheme(ticket: TicketPortal): void {
    const primary = isHexColor(ticket.workspace.primary_color) ? ticket.workspace.primary_color : '#2563eb';
    const root = document.documentElement;
    root.style.setProperty('--primary', primary);
    root.style.setProperty('--on-primary', textOn(primary));
    root.style.setProperty('--accent-text', contrastRatio(primary, WHITE) >= 4.5 ? primary : INK);
    root.lang = ticket.language;
    document.title = `#${ticket.ticket_number} ${ticket.title} · ${ticket.workspace.name}`;
  }

  async function load(): Promise<void> {
    try {
      const ticket = await withRetry(() => api.get(language));
      applyTheme(ticket);
      store.set((state) => ({
        status: 'ready',
        // A comment that came live while this was read stays.
        ticket: state.ticket ? { ...ticket, comments: mergeComments(ticket.comments, state.ticket.comments) } : ticket,
      }));
      if (!connection) connect(ticket.last_event_id);
    } catch (error) {
      const isMissing = error instanceof ApiError && error.status === 404;
      store.set({ status: isMissing ? 'missing' : 'failed' });
    }
  }

  const reload = debounce(() => void load());

  function applyEvent(event: StreamEvent): void {
    if (event.type !== 'event' || !cursor.accept(event.id)) return;
    const data = event.data as VisitorTicketEventData;
    const { ticket } = store.get();
    if (data.comment && ticket) {
      store.set({
        ticket: { ...ticket, ...applyEntryToTicket(ticket, data, ticket.language) },
        ...(data.state ? { announcement: plainText(data.comment.body ?? '') } : {}),
      });
      return;
    }
    if (event.topic === 'ticket.updated' || event.topic === 'ticket.created') reload('ticket');
  }

  function connect(after: number): void {
    cursor = createEventCursor(after);
    store.set({ connection: 'connecting' });
    connection = connectVisitor({
      auth: () => ({
        ticket: { workspace_id: link.workspaceId, ticket_id: link.ticketId, signature: link.signature },
        after: cursor.last(),
      }),
      onEvent: applyEvent,
      // After a reconnection: anything that is not an event (the title, a detail) is read again.
      onReady: () => {
        if (hasBeenReady) reload('ticket');
        hasBeenReady = true;
      },
      onTyping: () => undefined,
      onStatus: (status) => store.set({ connection: status }),
    });
  }

  function setPending(key: string, change: Partial<PendingMessage> | null): void {
    store.set((state) => ({
      pending: change
        ? state.pending.map((item) => (item.key === key ? { ...item, ...change } : item))
        : state.pending.filter((item) => item.key !== key),
    }));
  }

  async function deliver(message: PendingMessage): Promise<void> {
    setPending(message.key, { status: 'sending' });
    try {
      const sent = await withRetry(() => api.comment(message.body, message.key));
      store.set((state) => ({
        ticket: state.ticket && { ...state.ticket, comments: mergeComments(state.ticket.comments, [sent.comment]) },
      }));
      setPending(message.key, null);
    } catch {
      setPending(message.key, { status: 'failed' });
    }
  }

  return {
    store,
    load,
    /** The language switch: labels and the page in the other language, the address keeping the choice. */
    chooseLanguage(next: Language): void {
      language = next;
      history.replaceState(null, '', withLanguage(location.href, next));
      void load();
    },
    send(text: string): void {
      const body = text.trim();
      if (!body) return;
      const message: PendingMessage = {
        key: newKey(),
        conversationId: link.ticketId,
        body,
        status: 'sending',
        createdAt: Date.now(),
      };
      store.set((state) => ({ pending: [...state.pending, message] }));
      void deliver(message);
    },
    retry(key: string): void {
      const message = store.get().pending.find((item) => item.key === key);
      if (message?.status === 'failed') void deliver(message);
    },
    /** The tab shows again, or the network is back: connect now. */
    wake(): void {
      connection?.wake();
    },
  };
}

export type Portal = ReturnType<typeof createPortal>;
