import type { MessengerPart } from '../../../protocol/messenger.ts';
import { isFromTeam, plainText } from './parts.ts';
import type { PendingMessage } from './state.ts';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The customer's messages still to show as pending in a thread: those of this conversation whose part has
 * not arrived yet (it may come over the socket before the send's own answer does).
 */
export function unconfirmed(
  outbox: readonly PendingMessage[],
  conversationId: string | null,
  parts: readonly MessengerPart[],
): PendingMessage[] {
  const sent = parts
    .filter((part) => !isFromTeam(part) && part.body)
    .map((part) => ({ text: normalize(plainText(part.body ?? '')), at: part.created_at * 1000 }));
  return outbox.filter(
    (message) =>
      message.conversationId === conversationId &&
      !sent.some((part) => part.text === normalize(message.body) && part.at >= message.createdAt - 30_000),
  );
}
