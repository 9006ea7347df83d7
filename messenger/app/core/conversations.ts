import type { MessengerConversation, MessengerSend } from '../../../protocol/messenger.ts';
import { api, session } from './context.ts';
import { newKey } from './ids.ts';
import { isViewing, navigate } from './navigation.ts';
import { markRead, mergeList, mergeParts, summarize, upsertConversation } from './parts.ts';
import { withRetry } from './retry.ts';
import { type PendingMessage, store } from './state.ts';

/** Runs `work` unless the contact changed meanwhile (then its answer belongs to someone else). */
export async function forThisContact<T>(work: () => Promise<T>, apply: (result: T) => void): Promise<void> {
  const generation = session.generation;
  const result = await work();
  if (generation === session.generation) apply(result);
}

export async function refreshList(): Promise<void> {
  await forThisContact(
    () => withRetry(() => api.listConversations()),
    (list) =>
      store.set((state) => ({
        // A list fetched while the customer reads a conversation (its read mark still in flight) must not
        // show that conversation unread again.
        conversations: mergeList(state.conversations, list.conversations).map((item) =>
          item.unread_count > 0 && isViewing(item.id) ? { ...item, unread_count: 0 } : item,
        ),
        listLoaded: true,
      })),
  );
}

/** Puts a conversation (and its parts, if it has them) into the list and its thread. */
export function applyConversation(conversation: MessengerConversation, extraParts: MessengerSend['parts'] = []): void {
  store.set((state) => {
    const parts = [...(conversation.parts ?? []), ...extraParts];
    const known = state.threads[conversation.id];
    // A send's answer of a new conversation carries its whole thread so far.
    const thread = known || parts.length > 0 ? mergeParts(known ?? [], parts) : undefined;
    return {
      conversations: upsertConversation(state.conversations, summarize(conversation, thread ?? [])),
      threads: thread ? { ...state.threads, [conversation.id]: thread } : state.threads,
    };
  });
}

export async function refreshConversation(id: string): Promise<void> {
  await forThisContact(
    () => withRetry(() => api.getConversation(id)),
    (conversation) => {
      applyConversation(conversation);
      readIfViewing(id);
    },
  );
}

/** Reads in flight, per conversation; `true` when another one is due once it lands. */
const reading = new Map<string, boolean>();

/** The customer sees the conversation: its unread count clears, here and on the server. */
export function readIfViewing(id: string, force = false): void {
  if (!isViewing(id)) return;
  const conversation = store.get().conversations.find((item) => item.id === id);
  if (!force && !conversation?.unread_count) return;
  store.set((state) => ({ conversations: markRead(state.conversations, id) }));
  if (reading.has(id)) {
    reading.set(id, true);
    return;
  }
  reading.set(id, false);
  withRetry(() => api.markRead(id))
    .catch(() => undefined)
    .finally(() => {
      const isDue = reading.get(id);
      reading.delete(id);
      if (isDue) readIfViewing(id, true);
    });
}

export function openConversation(id: string): void {
  navigate({ name: 'conversation', id });
  const state = store.get();
  if (state.open) store.set({ focusRequest: state.focusRequest + 1 });
  readIfViewing(id);
  if (!state.threads[id]) refreshConversation(id).catch(() => undefined);
}

function setPending(key: string, change: Partial<PendingMessage> | null): void {
  store.set((state) => ({
    outbox: change
      ? state.outbox.map((item) => (item.key === key ? { ...item, ...change } : item))
      : state.outbox.filter((item) => item.key !== key),
  }));
}

async function deliver(message: PendingMessage): Promise<void> {
  setPending(message.key, { status: 'sending' });
  const generation = session.generation;
  const { conversationId, answer, body, key } = message;
  try {
    const result = await withRetry(() => {
      if (answer && conversationId) return api.answer(conversationId, answer.stepId, answer.optionId, key);
      return conversationId ? api.reply(conversationId, body, key) : api.start(body, key, store.get().language);
    });
    if (generation !== session.generation) return;
    applyConversation(result.conversation, result.parts);
    setPending(key, null);
    const { view } = store.get();
    if (!conversationId && view.name === 'new') {
      navigate({ name: 'conversation', id: result.conversation.id }, { replace: true });
    }
    readIfViewing(result.conversation.id);
  } catch {
    if (generation === session.generation) setPending(key, { status: 'failed' });
  }
}

function enqueue(message: Omit<PendingMessage, 'key' | 'status' | 'createdAt'>): void {
  const pending: PendingMessage = { ...message, key: newKey(), status: 'sending', createdAt: Date.now() };
  store.set((state) => ({ outbox: [...state.outbox, pending] }));
  void deliver(pending);
}

/** Sends the customer's text: a reply, or (without a conversation) the first message of a new one. */
export function sendMessage(conversationId: string | null, text: string): void {
  const body = text.trim();
  if (!body) return;
  if (!conversationId) store.set({ draft: '' });
  enqueue({ conversationId, body });
}

/** Picks a bot button; a second click on the same question does nothing. */
export function answerQuestion(conversationId: string, stepId: string, option: { id: string; label: string }): void {
  const answeredKey = `${conversationId}:${stepId}`;
  if (store.get().answered[answeredKey]) return;
  store.set((state) => ({ answered: { ...state.answered, [answeredKey]: option.id } }));
  enqueue({ conversationId, body: option.label, answer: { stepId, optionId: option.id } });
}

/** Tries a failed message again, under the same idempotency key. */
export function retryMessage(key: string): void {
  const message = store.get().outbox.find((item) => item.key === key);
  if (message?.status === 'failed') void deliver(message);
}
