import type { Language } from '../../../protocol/common.ts';
import type { CustomerTicketSummary } from '../../../protocol/customer-tickets.ts';
import type { MessengerBoot, MessengerConversation, MessengerPart } from '../../../protocol/messenger.ts';
import type { PublicTicket } from '../../../protocol/tickets.ts';
import type { FrameView } from '../../shared/bridge.ts';
import { createStore } from './store.ts';

/** A message the customer sent that the server has not confirmed yet (shown as typed, as text). */
export interface PendingMessage {
  /** The idempotency key: the same for every retry of this message. */
  key: string;
  /** null: it starts a new conversation. */
  conversationId: string | null;
  body: string;
  /** A bot button's answer. */
  answer?: { stepId: string; optionId: string };
  status: 'sending' | 'failed';
  createdAt: number;
}

export type Status = 'starting' | 'ready' | 'refused' | 'failed';
export type Connection = 'off' | 'connecting' | 'online' | 'offline';

export interface MessengerState {
  status: Status;
  language: Language;
  boot: MessengerBoot | null;
  open: boolean;
  view: FrameView;
  /** Where Back goes. */
  history: FrameView[];
  conversations: MessengerConversation[];
  listLoaded: boolean;
  /** Parts of the conversations opened so far, oldest first. */
  threads: Record<string, MessengerPart[]>;
  outbox: PendingMessage[];
  /** The customer's tickets (the Tickets tab), newest activity first. */
  tickets: CustomerTicketSummary[];
  ticketsLoaded: boolean;
  /** Tickets opened so far, with their timelines; null when the customer may no longer see it. */
  ticketDetails: Record<string, PublicTicket | null>;
  /** Comments on tickets not confirmed yet (`conversationId` is the ticket's id). */
  ticketOutbox: PendingMessage[];
  /** What the live region says of the latest state change of the ticket on screen. */
  ticketAnnouncement: string;
  /** Who is typing, per conversation. */
  typing: Record<string, string>;
  /** Bot questions answered here: `<conversation>:<step>` → option. */
  answered: Record<string, string>;
  /** The new-conversation composer's text (showNewMessage pre-fills it). */
  draft: string;
  connection: Connection;
  /** Bumped when the composer should take focus (a conversation opened while the messenger is open). */
  focusRequest: number;
}

export function initialState(language: Language): MessengerState {
  return {
    status: 'starting',
    language,
    boot: null,
    open: false,
    view: { name: 'home' },
    history: [],
    conversations: [],
    listLoaded: false,
    threads: {},
    outbox: [],
    tickets: [],
    ticketsLoaded: false,
    ticketDetails: {},
    ticketOutbox: [],
    ticketAnnouncement: '',
    typing: {},
    answered: {},
    draft: '',
    connection: 'off',
    focusRequest: 0,
  };
}

export const store = createStore(initialState('en'));
