import type { MessengerPart } from '../../../protocol/messenger.ts';
import { isFromTeam } from './parts.ts';

export type ThreadItem =
  | { kind: 'messages'; key: string; fromCustomer: boolean; author: MessengerPart['author']; parts: MessengerPart[] }
  | { kind: 'notice'; key: string; part: MessengerPart };

/** Messages of one author within five minutes of each other show as one group, named once. */
const GROUP_WINDOW_S = 300;

/**
 * Changes the customer sees as a notice (closed, reopened, a ticket made from the chat); other parts show only
 * when they have a body.
 */
const NOTICES = new Set(['close', 'open', 'ticket_linked']);
/** Notices whose body is their text (a ticket's state changes, written in the customer's language). */
const TEXT_NOTICES = new Set(['ticket_state_updated']);

export function groupThread(parts: readonly MessengerPart[]): ThreadItem[] {
  const items: ThreadItem[] = [];
  for (const part of parts) {
    if (TEXT_NOTICES.has(part.part_type)) {
      items.push({ kind: 'notice', key: `${part.id}:notice`, part });
      continue;
    }
    const notice: ThreadItem | null = NOTICES.has(part.part_type)
      ? { kind: 'notice', key: `${part.id}:notice`, part }
      : null;
    // A closing (or reopening) note is a message too, followed by the notice.
    if (!part.body) {
      if (notice) items.push(notice);
      continue;
    }
    const previous = items.at(-1);
    const last = previous?.kind === 'messages' ? previous.parts.at(-1) : undefined;
    const isSameAuthor =
      previous?.kind === 'messages' &&
      previous.author.type === part.author.type &&
      previous.author.name === part.author.name &&
      last !== undefined &&
      part.created_at - last.created_at <= GROUP_WINDOW_S;
    if (isSameAuthor && previous?.kind === 'messages') previous.parts.push(part);
    else {
      const fromCustomer = !isFromTeam(part);
      items.push({ kind: 'messages', key: part.id, fromCustomer, author: part.author, parts: [part] });
    }
    if (notice) items.push(notice);
  }
  return items;
}
