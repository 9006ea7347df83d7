import type { Selectable } from 'kysely';
import type { SavedReply, SavedReplyList } from '../../../protocol/saved-replies.ts';
import type { SavedRepliesTable } from '../../db/schema.ts';
import { unixSeconds } from '../../lib/time.ts';

export type SavedReplyRow = Selectable<SavedRepliesTable>;

export function presentSavedReply(row: SavedReplyRow): SavedReply {
  return {
    type: 'saved_reply',
    id: String(row.id),
    name: row.name,
    body: row.body,
    created_at: unixSeconds(row.created_at),
    updated_at: unixSeconds(row.updated_at),
  };
}

export function presentSavedReplyList(rows: SavedReplyRow[]): SavedReplyList {
  return { type: 'list', data: rows.map(presentSavedReply) };
}
