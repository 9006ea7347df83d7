import type { StreamEvent } from '../../../protocol/events.ts';
import type { MessengerConversation, MessengerPart } from '../../../protocol/messenger.ts';
import type { Typing } from '../../../protocol/realtime.ts';
import { frame, session } from './context.ts';
import { readIfViewing, refreshConversation, refreshList } from './conversations.ts';
import { createEventCursor, type EventCursor } from './cursor.ts';
import { debounce } from './debounce.ts';
import { isViewing } from './navigation.ts';
import { applyPart, countsAsUnread, isFromTeam, mergeParts } from './parts.ts';
import type { VisitorConnection } from './realtime.ts';
import { store } from './state.ts';
import { applyTicketEvent, resyncTickets } from './tickets.ts';

let connection: VisitorConnection | null = null;
let isConnecting = false;
let hasBeenReady = false;
let cursor: EventCursor = createEventCursor(0);
let contactId = '';
const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
const cursorKey = `charla-cursor:${frame.appId}`;

function storedCursor(contact: string): number {
  try {
    const saved = JSON.parse(sessionStorage.getItem(cursorKey) ?? 'null') as { contact: string; last: number } | null;
    return saved?.contact === contact ? saved.last : 0;
  } catch {
    return 0;
  }
}

function saveCursor(): void {
  try {
    sessionStorage.setItem(cursorKey, JSON.stringify({ contact: contactId, last: cursor.last() }));
  } catch {
    // Storage off: the cursor lives in memory only.
  }
}

/** Where this contact's stream starts: after the boot's last event, or after what this tab already applied. */
export function resetCursor(contact: string, lastEventId: number): void {
  contactId = contact;
  cursor = createEventCursor(Math.max(lastEventId, storedCursor(contact)));
  saveCursor();
}

const refetchConversation = debounce((id) => void refreshConversation(id).catch(() => undefined));
const refetchList = debounce(() => void refreshList().catch(() => undefined));

function setTyping(conversationId: string, name: string | null): void {
  clearTimeout(typingTimers.get(conversationId));
  store.set((state) => {
    const typing = { ...state.typing };
    if (name) typing[conversationId] = name;
    else delete typing[conversationId];
    return { typing };
  });
  // A lost "stopped typing" must not leave the notice up.
  if (name)
    typingTimers.set(
      conversationId,
      setTimeout(() => setTyping(conversationId, null), 8000),
    );
}

function applyNewPart(part: MessengerPart, conversationState: MessengerConversation['state'] | undefined): void {
  const id = part.conversation_id;
  const viewing = isViewing(id);
  const state = store.get();
  const conversations = applyPart(state.conversations, part, conversationState, viewing);
  const thread = state.threads[id];
  store.set({
    conversations: conversations ?? state.conversations,
    threads: thread ? { ...state.threads, [id]: mergeParts(thread, [part]) } : state.threads,
  });
  if (!conversations) refetchList('list');
  if (isFromTeam(part)) setTyping(id, null);
  // A bot question's buttons depend on the run's state, which the part does not carry.
  if (thread && part.author.type === 'bot') refetchConversation(id);
  if (viewing && countsAsUnread(part)) readIfViewing(id, true);
}

export function applyEvent(event: StreamEvent): void {
  if (event.type !== 'event' || !cursor.accept(event.id)) return;
  saveCursor();
  // A ticket's events (its conversation is the ticket) belong to the Tickets tab.
  if (event.data.ticket_id !== undefined) {
    applyTicketEvent(event);
    return;
  }
  const data = event.data as { part?: MessengerPart; state?: MessengerConversation['state'] };
  if (event.topic === 'conversation.part.created' && data.part) {
    applyNewPart(data.part, data.state);
    return;
  }
  if (event.topic === 'conversation.created') {
    refetchList('list');
    return;
  }
  if (event.conversation_id) {
    if (store.get().threads[event.conversation_id]) refetchConversation(event.conversation_id);
    else refetchList('list');
  }
}

function applyTyping(typing: Typing): void {
  if (typing.author.type !== 'admin') return;
  setTyping(typing.conversation_id, typing.is_typing ? typing.author.name : null);
}

/** Catches up after a gap (a reconnection, a tab waking up): the lists, and the conversation or ticket on screen. */
export function resync(): void {
  refetchList('list');
  resyncTickets();
  const { view } = store.get();
  if (view.name === 'conversation') refetchConversation(view.id);
}

/** Connects the visitor's socket once there is something to listen for; idempotent. */
export function ensureRealtime(): void {
  const token = session.token;
  if (connection || isConnecting || !token) return;
  isConnecting = true;
  const generation = session.generation;
  store.set({ connection: 'connecting' });
  import('./realtime.ts')
    .then(({ connectVisitor }) => {
      isConnecting = false;
      if (generation !== session.generation) {
        ensureRealtime();
        return;
      }
      connection = connectVisitor({
        auth: () => ({ token, after: cursor.last() }),
        onEvent: applyEvent,
        onReady: () => {
          if (hasBeenReady) resync();
          hasBeenReady = true;
        },
        onTyping: applyTyping,
        onStatus: (status) => store.set({ connection: status }),
      });
    })
    .catch(() => {
      isConnecting = false;
      store.set({ connection: 'offline' });
    });
}

/** The contact changed or left: its stream closes. */
export function stopRealtime(): void {
  connection?.close();
  connection = null;
  hasBeenReady = false;
  for (const timer of typingTimers.values()) clearTimeout(timer);
  typingTimers.clear();
  store.set({ connection: 'off', typing: {} });
}

export function wakeRealtime(): void {
  connection?.wake();
}

/** Whether this visitor follows its conversations live (it has some, or opened the messenger). */
export const isLive = () => connection !== null;

let typingSentAt = 0;
let typingIdle: ReturnType<typeof setTimeout> | undefined;
let typingIn: string | null = null;

/** The customer is typing in a conversation: tell the team, at most every 3 s, and stop after 4 s idle. */
export function notifyTyping(conversationId: string): void {
  const now = Date.now();
  if (typingIn !== conversationId || now - typingSentAt > 3000) {
    connection?.sendTyping(conversationId, true);
    typingSentAt = now;
    typingIn = conversationId;
  }
  clearTimeout(typingIdle);
  typingIdle = setTimeout(stopTyping, 4000);
}

export function stopTyping(): void {
  clearTimeout(typingIdle);
  if (typingIn) connection?.sendTyping(typingIn, false);
  typingIn = null;
  typingSentAt = 0;
}
