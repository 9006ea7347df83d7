import { unixSeconds, unixSecondsOrNull } from '../../lib/time.ts';
import type { ConversationRow } from './rows.ts';

/** What live events carry about a conversation: enough to move it between views without a reload. */
export function presentConversationSummary(row: ConversationRow) {
  return {
    type: 'conversation.summary' as const,
    id: String(row.id),
    contact_id: String(row.contact_id),
    state: row.state,
    open: row.state !== 'closed',
    priority: row.priority ? 'priority' : 'not_priority',
    admin_assignee_id: row.admin_assignee_id,
    team_assignee_id: row.team_assignee_id,
    snoozed_until: unixSecondsOrNull(row.snoozed_until),
    waiting_since: unixSecondsOrNull(row.waiting_since),
    bot_phase: row.bot_phase,
    /** The ticket's state category when the conversation is a ticket; null otherwise. */
    ticket_state: row.ticket_state,
    created_by_admin_id: row.created_by_teammate_id === null ? null : String(row.created_by_teammate_id),
    last_part_at: unixSeconds(row.last_part_at),
    last_part_preview: row.last_part_preview,
    last_part_author_type: row.last_part_author_type,
    last_part_is_note: row.last_part_is_note,
    updated_at: unixSeconds(row.updated_at),
    created_at: unixSeconds(row.created_at),
  };
}
