import { sql } from 'kysely';
import { textToHtml } from '../../../protocol/text.ts';
import type { Db } from '../../db/index.ts';
import type { Emit } from '../../events/transact.ts';
import { autoAssign } from '../assignment/assign.ts';
import { writeContext } from '../conversations/context.ts';
import { appendPart, type NewPart } from '../conversations/parts.ts';
import type { ConversationRow, PartRow } from '../conversations/rows.ts';
import { presentConversationSummary } from '../conversations/summary.ts';
import { createOrRenameTag } from '../tags/service.ts';
import type { BotAction } from './engine.ts';

/** A step the bot cannot carry out (a team deleted since publishing…): the run hands off, saying why. */
export class BotStepFailed extends Error {}

export interface AppliedActions {
  row: ConversationRow;
  parts: PartRow[];
  /** Why a step could not be carried out; the run was handed off. */
  failure?: string;
  /** Handed off and not yet assigned (see recordHandoff). */
  awaitsAssignment?: boolean;
}

/** Writes one bot part on the locked conversation and threads the updated row on. */
async function botPart(trx: Db, emit: Emit, applied: AppliedActions, part: Omit<NewPart, 'authorType' | 'authorId'>) {
  const result = await appendPart(
    trx,
    emit,
    applied.row,
    { ...part, authorType: 'bot', authorId: null },
    writeContext(undefined),
  );
  applied.row = result.conversation;
  applied.parts.push(result.part);
}

/** Sets conversation columns without a thread part (attributes the customer just answered, the bot phase). */
export async function updateSilently(
  trx: Db,
  emit: Emit,
  applied: AppliedActions,
  changes: { attributes?: Record<string, unknown>; botPhase?: 'bot' | 'handed_off' },
): Promise<void> {
  const { row } = applied;
  const updated = await trx
    .updateTable('conversations')
    .set({
      ...(changes.attributes
        ? { custom_attributes: sql`custom_attributes || ${JSON.stringify(changes.attributes)}::jsonb` as never }
        : {}),
      ...(changes.botPhase ? { bot_phase: changes.botPhase } : {}),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  applied.row = updated;
  emit({
    topic: 'conversation.updated',
    audience: 'agents',
    conversationId: row.id,
    contactId: row.contact_id,
    data: { conversation: presentConversationSummary(updated) },
  });
}

async function teamExists(trx: Db, workspaceId: string, teamId: number): Promise<boolean> {
  const team = await trx
    .selectFrom('teams')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  return team !== undefined;
}

async function applyOne(trx: Db, emit: Emit, applied: AppliedActions, action: BotAction): Promise<void> {
  const workspaceId = applied.row.workspace_id;
  switch (action.type) {
    case 'send_message':
      return botPart(trx, emit, applied, {
        partType: 'comment',
        body: textToHtml(action.text),
        isPublic: true,
        metadata: { bot_step_id: action.step_id, ...(action.options ? { buttons: action.options } : {}) },
      });
    case 'set_attribute':
      return updateSilently(trx, emit, applied, { attributes: { [action.name]: action.value } });
    case 'add_tag': {
      const tag = await createOrRenameTag(trx, workspaceId, { name: action.tag });
      const added = await trx
        .insertInto('conversation_tags')
        .values({ workspace_id: workspaceId, conversation_id: applied.row.id, tag_id: tag.id, applied_by: null })
        .onConflict((oc) => oc.doNothing())
        .returning('tag_id')
        .executeTakeFirst();
      if (!added) return;
      return botPart(trx, emit, applied, {
        partType: 'tag_added',
        isPublic: false,
        metadata: { tag: { id: String(tag.id), name: tag.name } },
      });
    }
    case 'set_priority':
      if (applied.row.priority === action.priority) return;
      return botPart(trx, emit, applied, {
        partType: 'priority_changed',
        isPublic: false,
        metadata: { priority: action.priority ? 'priority' : 'not_priority' },
        changes: { priority: action.priority },
      });
    case 'assign_team': {
      const teamId = Number(action.team_id);
      if (!(await teamExists(trx, workspaceId, teamId)))
        throw new BotStepFailed(`team ${action.team_id} no longer exists`);
      return botPart(trx, emit, applied, {
        partType: 'assignment',
        isPublic: false,
        assignedTo: { type: 'team', id: teamId },
        changes: { team_assignee_id: teamId, count_assignments: applied.row.count_assignments + 1 },
      });
    }
    case 'handoff':
      await botPart(trx, emit, applied, { partType: 'comment', body: textToHtml(action.text), isPublic: true });
      return recordHandoff(trx, emit, applied, action.reason, { deferAssignment: true });
    case 'close':
      await botPart(trx, emit, applied, { partType: 'comment', body: textToHtml(action.text), isPublic: true });
      return botPart(trx, emit, applied, {
        partType: 'close',
        isPublic: true,
        changes: {
          state: 'closed',
          snoozed_until: null,
          bot_phase: 'handed_off',
          waiting_since: null,
          first_closed_at: applied.row.first_closed_at ?? new Date(),
          last_closed_at: new Date(),
        },
      });
  }
}

/**
 * The bot's work ends and a person takes the conversation: the phase moves to handed_off (the Chats
 * view) and an internal line in the thread says why. The conversation's team (or the workspace's default
 * team) assigns it in the same transaction: at once, or with `deferAssignment` when the caller still has
 * writes to make (the team's lock is then taken last and held for the shortest time) and calls
 * `assignHandedOff` after them.
 */
export async function recordHandoff(
  trx: Db,
  emit: Emit,
  applied: AppliedActions,
  reason: string,
  options: { deferAssignment?: boolean } = {},
): Promise<void> {
  await botPart(trx, emit, applied, {
    partType: 'bot_handed_off',
    isPublic: false,
    metadata: { reason },
    changes: { bot_phase: 'handed_off' },
  });
  applied.awaitsAssignment = true;
  if (!options.deferAssignment) await assignHandedOff(trx, emit, applied);
}

/** Assigns a conversation the bot handed off (a no-op when none was, or when someone already has it). */
export async function assignHandedOff(trx: Db, emit: Emit, applied: AppliedActions): Promise<void> {
  if (!applied.awaitsAssignment) return;
  applied.awaitsAssignment = false;
  if (applied.row.admin_assignee_id !== null || applied.row.state !== 'open') return;
  const assigned = await autoAssign(trx, emit, applied.row, { trigger: 'handoff' });
  applied.row = assigned.row;
  if (assigned.part) applied.parts.push(assigned.part);
}

/**
 * Carries out the engine's actions in order, inside the caller's transaction, on the locked conversation.
 * A step that cannot be carried out stops the rest and hands off, with the reason in the thread. A hand-off
 * is assigned by the caller (`assignHandedOff`) once its own writes are done.
 */
export async function applyBotActions(
  trx: Db,
  emit: Emit,
  row: ConversationRow,
  actions: BotAction[],
): Promise<AppliedActions> {
  const applied: AppliedActions = { row, parts: [] };
  for (const action of actions) {
    try {
      await applyOne(trx, emit, applied, action);
    } catch (error) {
      if (!(error instanceof BotStepFailed)) throw error;
      applied.failure = `step_failed: ${error.message}`;
      await recordHandoff(trx, emit, applied, applied.failure, { deferAssignment: true });
      return applied;
    }
  }
  return applied;
}
