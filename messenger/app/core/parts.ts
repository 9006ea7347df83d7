import type { MessengerConversation, MessengerPart } from '../../../protocol/messenger.ts';

/** Part ids are numbers, but for the conversation's opening message (`source-<id>`), which comes first. */
const rank = (part: MessengerPart) => (/^\d+$/.test(part.id) ? Number(part.id) : -1);

const byTimeThenId = (a: MessengerPart, b: MessengerPart) =>
  a.created_at - b.created_at || rank(a) - rank(b) || a.id.localeCompare(b.id);

/** The thread with `incoming` added: each part once (by id, the newest copy wins), oldest first. */
export function mergeParts(existing: readonly MessengerPart[], incoming: readonly MessengerPart[]): MessengerPart[] {
  const parts = new Map(existing.map((part) => [part.id, part]));
  for (const part of incoming) parts.set(part.id, part);
  return [...parts.values()].sort(byTimeThenId);
}

/** The list without the conversation's parts (kept apart, in threads), newest activity first. */
export function upsertConversation(
  list: readonly MessengerConversation[],
  conversation: MessengerConversation,
): MessengerConversation[] {
  const { parts: _parts, ...summary } = conversation;
  return [summary, ...list.filter((item) => item.id !== conversation.id)].sort((a, b) => b.updated_at - a.updated_at);
}

/** A message from the team (a person or the bot) the customer has to read. */
export function isFromTeam(part: MessengerPart): boolean {
  return part.author.type === 'admin' || part.author.type === 'bot' || part.author.type === 'team';
}

/** Visitors only ever get public parts: any of them with a body is a message to the customer. */
export function countsAsUnread(part: MessengerPart): boolean {
  return isFromTeam(part) && Boolean(part.body);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** The text of a sanitized HTML body, on one line, for a preview. */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The list after a live part: the conversation's preview, state and time follow it, and its unread count grows
 * unless the customer is looking at it. Undefined when the conversation is not in the list (fetch it).
 */
export function applyPart(
  list: readonly MessengerConversation[],
  part: MessengerPart,
  state: MessengerConversation['state'] | undefined,
  isViewing: boolean,
): MessengerConversation[] | undefined {
  const conversation = list.find((item) => item.id === part.conversation_id);
  if (!conversation) return undefined;
  const isMessage = Boolean(part.body);
  const updated: MessengerConversation = {
    ...conversation,
    state: state ?? conversation.state,
    updated_at: Math.max(conversation.updated_at, part.created_at),
    ...(isMessage
      ? {
          last_part_preview: plainText(part.body ?? ''),
          last_part_author: { type: part.author.type, name: part.author.name },
        }
      : {}),
    unread_count: countsAsUnread(part) && !isViewing ? conversation.unread_count + 1 : conversation.unread_count,
  };
  return upsertConversation(list, updated);
}

/** The badge: every unread message, all conversations together. */
export function totalUnread(list: readonly MessengerConversation[]): number {
  return list.reduce((sum, conversation) => sum + conversation.unread_count, 0);
}

/** Reading a conversation clears its count. */
export function markRead(list: readonly MessengerConversation[], conversationId: string): MessengerConversation[] {
  return list.map((item) =>
    item.id === conversationId && item.unread_count > 0 ? { ...item, unread_count: 0 } : item,
  );
}

/**
 * A fresh list, keeping what only a conversation's own answer tells: the list does not carry the bot's state,
 * so the one already known for an open thread stays.
 */
export function mergeList(
  previous: readonly MessengerConversation[],
  incoming: readonly MessengerConversation[],
): MessengerConversation[] {
  const known = new Map(previous.map((conversation) => [conversation.id, conversation]));
  return incoming.map((conversation) => ({
    ...conversation,
    bot: conversation.bot ?? known.get(conversation.id)?.bot ?? null,
  }));
}

/** A conversation's preview line taken from its thread's last message (a conversation's own answer has none). */
export function summarize(
  conversation: MessengerConversation,
  thread: readonly MessengerPart[],
): MessengerConversation {
  const last = thread.findLast((part) => part.body);
  if (!last) return conversation;
  return {
    ...conversation,
    last_part_preview: plainText(last.body ?? ''),
    last_part_author: { type: last.author.type, name: last.author.name },
  };
}
