import type { ManageRequest } from '../../../protocol/conversations.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { transact } from '../../events/transact.ts';
import type { Actor } from '../auth/actor.ts';
import { endBotRun } from '../bots/runner.ts';
import { resolveActingAdmin } from './actors.ts';
import { type Services, writeContext } from './context.ts';
import { appendPart, type NewPart } from './parts.ts';
import { lockConversationRow } from './queries.ts';
import type { ConversationRow } from './rows.ts';

async function assertAssignable(db: Db, workspaceId: string, type: 'admin' | 'team', id: number): Promise<void> {
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
      return { ...author, partType: 'snoozed', isPublic: false, changes: { state: 'snoozed', snoozed_until: until } };
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
): Promise<number> {
  const admin = await resolveActingAdmin(services.db, actor, input.admin_id);
  if (input.message_type === 'assignment') {
    await assertAssignable(services.db, actor.workspaceId, input.type, input.assignee_id);
  }
  return transact(services, actor.workspaceId, async (trx, emit) => {
    const row = await lockConversationRow(trx, actor.workspaceId, id);
    const part = partFor(input, row, admin);
    if (part.changes?.bot_phase === 'handed_off') await endBotRun(trx, row, 'taken_over', `teammate_${part.partType}`);
    await appendPart(trx, emit, row, part, writeContext(undefined, admin));
    return id;
  });
}
