import type { Draft, DraftSummary, DraftUpdatedEventData } from '../../../protocol/drafts.ts';
import { unixSeconds } from '../../lib/time.ts';

/** A stored draft row, as the service reads it. */
export interface DraftRow {
  conversation_id: number;
  reply_text: string;
  note_text: string;
  kind: 'reply' | 'note';
  updated_at: Date;
}

export function presentDraft(conversationId: number, row: DraftRow | undefined): Draft {
  return {
    type: 'draft',
    conversation_id: String(conversationId),
    reply: row?.reply_text ?? '',
    note: row?.note_text ?? '',
    kind: row?.kind ?? 'reply',
    updated_at: row ? unixSeconds(row.updated_at) : null,
  };
}

export function presentDraftSummary(row: Pick<DraftRow, 'conversation_id' | 'updated_at'>): DraftSummary {
  return {
    type: 'draft.summary',
    conversation_id: String(row.conversation_id),
    updated_at: unixSeconds(row.updated_at),
  };
}

/** The `draft.updated` event's data: whether there is a draft, never its text. */
export function presentDraftEvent(conversationId: number, row: DraftRow | undefined): DraftUpdatedEventData {
  return {
    conversation_id: String(conversationId),
    has_draft: row !== undefined,
    updated_at: row ? unixSeconds(row.updated_at) : null,
  };
}
