import type { ManageRequest } from '../../../protocol/conversations.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { type Emit, transact } from '../../events/transact.ts';
import { autoAssign, lockTeam, reassessOnReopen } from '../assignment/assign.ts';
import { getAssignmentSettings } from '../assignment/settings.ts';
import type { Actor } from '../auth/actor.ts';
import { endBotRun } from '../bots/runner.ts';
import { resolveActingAdmin } from './actors.ts';
import { type Services, writeContext } from './context.ts';
import { appendPart, type NewPart } from './parts.ts';
import { lockConversationRow } from './queries.ts';
import type { ConversationRow } from './rows.ts';

/** An assignee named in a request exists in the workspace (an active teammate, or a team); 0 is nobody. */
export async function assertAssignable(db: Db, workspaceId: string, type: 'admin' | 'team', id: number): Promise<void> {
  if (id === 0) return;
  const found =
    type === 'admin'
      ? await db
          .selectFrom('teammates')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .where('deactivated_at', 'is', null)
          .executeTakeFirst()
      : await db
          .selectFrom('teams')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .executeTakeFirst();
  if (!found)
    throw new AppError('parameter_invalid', `assignee_id: no ${type} ${id} in this workspace`, {
      field: 'assignee_id',
    });
}

function partFor(input: ManageRequest, row: ConversationRow, admin: TeammateRow): NewPart {
  const author = { authorType: 'admin' as const, authorId: String(admin.id) };
  const now = new Date();
  switch (input.message_type) {
    case 'close':
      return {
        ...author,
        partType: 'close',
        body: input.body ?? null,
        isPublic: input.body !== undefined,
        changes: {
          state: 'closed',
          snoozed_until: null,
          last_closed_at: now,
          first_closed_at: row.first_closed_at ?? now,
          last_closed_by_id: admin.id,
          queued_at: null,
          ...(row.bot_phase === 'bot' ? { bot_phase: 'handed_off' as const } : {}),
        },
      };
    case 'open':
      return {
        ...author,
        partType: 'open',
        isPublic: false,
        changes: {
          state: 'open',
          snoozed_until: null,
          count_reopens: row.state === 'closed' ? row.count_reopens + 1 : row.count_reopens,
        },
      };
    case 'snoozed': {
      const until = new Date(input.snoozed_until * 1000);
      if (until <= now)
        throw new AppError('parameter_invalid', 'snoozed_until must be in the future', { field: 'snoozed_until' });
      return {
        ...author,
        partType: 'snoozed',
        isPublic: false,
        // The thread says until when, long after the conversation woke up.
        metadata: { snoozed_until: input.snoozed_until },
        changes: { state: 'snoozed', snoozed_until: until, queued_at: null },
      };
    }
    case 'assignment': {
      const assignee = input.assignee_id === 0 ? null : input.assignee_id;
      return {
        ...author,
        partType: 'assignment',
        body: input.body ?? null,
        isPublic: false,
        assignedTo: { type: assignee === null ? 'nobody' : input.type, id: assignee },
        changes: {
          ...(input.type === 'admin' ? { admin_assignee_id: assignee } : { team_assignee_id: assignee }),
          // A teammate of its own takes it out of the queue; without a team it is in no queue.
          ...((input.type === 'admin' && assignee !== null) || (input.type === 'team' && assignee === null)
            ? { queued_at: null }
            : {}),
          count_assignments: row.count_assignments + 1,
          ...(row.bot_phase === 'bot' ? { bot_phase: 'handed_off' as const } : {}),
        },
      };
    }
  }
}

/** Close, reopen, snooze or assign, as Intercom's `POST /conversations/{id}/parts`. */
export async function manageConversation(
  services: Services,
  actor: Actor,
  id: number,
  input: ManageRequest,
): Promise<{ id: number; released: number | null }> {
  const admin = await resolveActingAdmin(services.db, actor, input.admin_id);
  if (input.message_type === 'assignment') {
    await assertAssignable(services.db, actor.workspaceId, input.type, input.assignee_id);
  }
  return transact(services, actor.workspaceId, async (trx, emit) => {
    const row = await lockConversationRow(trx, actor.workspaceId, id);
    const part = partFor(input, row, admin);
    if (part.changes?.bot_phase === 'handed_off') await endBotRun(trx, row, 'taken_over', `teammate_${part.partType}`);
    const appended = await appendPart(trx, emit, row, part, writeContext(undefined, admin));
    if (input.message_type === 'assignment') await afterManualAssignment(trx, emit, appended.conversation, input);
    // Reopened by a teammate with nobody assigned: its team (or the default team) assigns it or queues it.
    if (input.message_type === 'open' && row.state !== 'open' && appended.conversation.admin_assignee_id === null)
      await reassessOnReopen(trx, emit, appended.conversation);
    return { id, released: releasedBy(row, appended.conversation) };
  });
}

/** The teammate who no longer holds an open conversation after a change (a slot freed in a balanced team). */
function releasedBy(before: ConversationRow, after: ConversationRow): number | null {
  const held = before.state === 'open' && before.admin_assignee_id !== null;
  const holds = after.state === 'open' && after.admin_assignee_id === before.admin_assignee_id;
  return held && !holds ? before.admin_assignee_id : null;
}

/**
 * After a teammate's assignment: a conversation left in a team with nobody assigned is in the team's queue,
 * and the team's method assigns it (or queues it); with the workspace setting on, a teammate picked by hand
 * counts as their turn in the team's rotation.
 */
async function afterManualAssignment(
  trx: Db,
  emit: Emit,
  row: ConversationRow,
  input: Extract<ManageRequest, { message_type: 'assignment' }>,
): Promise<void> {
  if (row.state !== 'open' || row.team_assignee_id === null) return;
  if (row.admin_assignee_id === null) {
    await autoAssign(trx, emit, row, { trigger: 'team_assigned' });
    return;
  }
  if (input.type !== 'admin') return;
  const settings = await getAssignmentSettings(trx, row.workspace_id);
  if (!settings.manualCountsInRotation) return;
  const method = await trx
    .selectFrom('teams')
    .select('distribution_method')
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', row.team_assignee_id)
    .executeTakeFirst();
  if (method?.distribution_method !== 'round_robin') return;
  const team = await lockTeam(trx, row.workspace_id, row.team_assignee_id);
  if (team?.distribution_method !== 'round_robin') return;
  const member = await trx
    .selectFrom('team_members')
    .select('teammate_id')
    .where('workspace_id', '=', row.workspace_id)
    .where('team_id', '=', team.id)
    .where('teammate_id', '=', row.admin_assignee_id)
    .executeTakeFirst();
  if (!member) return;
  await trx
    .updateTable('teams')
    .set({ rotation_last_teammate_id: row.admin_assignee_id })
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', team.id)
    .execute();
}
