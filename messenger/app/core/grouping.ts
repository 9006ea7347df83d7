import type { MessengerPart } from '../../../protocol/messenger.ts';
import { isFromTeam } from './parts.ts';

export type ThreadItem =
  | { kind: 'messages'; key: string; fromCustomer: boolean; author: MessengerPart['author']; parts: MessengerPart[] }
  | { kind: 'notice'; key: string; part: MessengerPart };

/** Messages of one author within five minutes of each other show as one group, named once. */
const GROUP_WINDOW_S = 300;

/** Notices the customer sees (closed, reopened); other part types without a body are not shown. */
const NOTICES = new Set(['close', 'open']);

export function groupThread(parts: readonly MessengerPart[]): ThreadItem[] {
  const items: ThreadItem[] = [];
  for (const part of parts) {
    if (NOTICES.has(part.part_type)) {
      items.push({ kind: 'notice', key: part.id, part });
      continue;
    }
    if (!part.body) continue;
    const previous = items.at(-1);
    const last = previous?.kind === 'messages' ? previous.parts.at(-1) : undefined;
    const isSameAuthor =
      previous?.kind === 'messages' &&
      previous.author.type === part.author.type &&
      previous.author.name === part.author.name &&
      last !== undefined &&
      part.created_at - last.created_at <= GROUP_WINDOW_S;
    if (isSameAuthor && previous?.kind === 'messages') previous.parts.push(part);
    else items.push({ kind: 'messages', key: part.id, fromCustomer: !isFromTeam(part), author: part.author, parts: [part] });
  }
  return items;
}
