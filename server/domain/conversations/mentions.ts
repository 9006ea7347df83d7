import type { Db } from '../../db/index.ts';
import type { Emit } from '../../events/transact.ts';
import { toPlainText } from '../../lib/sanitize.ts';
import type { PartRow } from './rows.ts';

interface Mentionable {
  id: number;
  name: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isMentioned = (text: string, name: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}_@])@${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, 'iu').test(text);

/**
 * Teammates named in a note as `@Full Name`, or `@First` when no other teammate shares that first name.
 * Names are matched on the note's plain text, case-insensitively.
 */
export function findMentionedTeammates(body: string, teammates: Mentionable[]): number[] {
  const text = toPlainText(body);
  if (!text.includes('@')) return [];
  const firstNames = new Map<string, number>();
  for (const { name } of teammates) {
    const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  return teammates
    .filter(({ name }) => {
      if (isMentioned(text, name)) return true;
      const first = name.split(/\s+/)[0] ?? '';
      return first !== name && firstNames.get(first.toLowerCase()) === 1 && isMentioned(text, first);
    })
    .map(({ id }) => id);
}

/** Records the mentions of a note and notifies each mentioned teammate (their own event). */
export async function recordMentions(trx: Db, emit: Emit, part: PartRow, authorId: number): Promise<number[]> {
  if (!part.body) return [];
  const teammates = await trx
    .selectFrom('teammates')
    .select(['id', 'name'])
    .where('workspace_id', '=', part.workspace_id)
    .where('deactivated_at', 'is', null)
    .execute();
  const mentioned = findMentionedTeammates(part.body, teammates).filter((id) => id !== authorId);
  if (mentioned.length === 0) return [];
  await trx
    .insertInto('mentions')
    .values(
      mentioned.map((teammateId) => ({
        workspace_id: part.workspace_id,
        part_id: part.id,
        teammate_id: teammateId,
        conversation_id: part.conversation_id,
      })),
    )
    .execute();
  for (const teammateId of mentioned) {
    emit({
      topic: 'mention.created',
      audience: 'teammate',
      teammateId,
      conversationId: part.conversation_id,
      data: { conversation_id: String(part.conversation_id), part_id: String(part.id), by_admin_id: String(authorId) },
    });
  }
  return mentioned;
}
