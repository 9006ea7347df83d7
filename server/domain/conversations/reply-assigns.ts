import type { Db, TeammateRow } from '../../db/index.ts';
import type { Emit } from '../../events/transact.ts';
import { getAssignmentSettings } from '../assignment/settings.ts';
import { writeContext } from './context.ts';
import { appendPart, type NewPart } from './parts.ts';
import type { ConversationRow } from './rows.ts';

/**
 * A teammate's reply to a conversation nobody holds makes it theirs (Intercom's default; the workspace setting
 * `reply_assigns`): an assignment part by them, to them, written before the reply in its transaction, exactly
 * as if they had assigned it to themselves. Notes assign nothing. Answers the row the reply then goes on.
 */
export async function assignToReplier(
  trx: Db,
  emit: Emit,
  row: ConversationRow,
  reply: NewPart,
  admin: TeammateRow,
): Promise<ConversationRow> {
  if (row.admin_assignee_id !== null || reply.authorType !== 'admin' || reply.partType === 'note') return row;
  const settings = await getAssignmentSettings(trx, row.workspace_id);
  if (!settings.replyAssigns) return row;
  const assignment: NewPart = {
    partType: 'assignment',
    authorType: 'admin',
    authorId: String(admin.id),
    isPublic: false,
    assignedTo: { type: 'admin', id: admin.id },
    metadata: { reason: 'replied' },
    changes: { admin_assignee_id: admin.id, queued_at: null, count_assignments: row.count_assignments + 1 },
  };
  return (await appendPart(trx, emit, row, assignment, writeContext(undefined, admin))).conversation;
}
