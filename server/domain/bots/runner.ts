import type { Language } from '../../../protocol/common.ts';
import type { Db } from '../../db/index.ts';
import type { BotRunStatus } from '../../db/schema.ts';
import type { Emit } from '../../events/transact.ts';
import type { ConversationRow } from '../conversations/rows.ts';
import { type AppliedActions, applyBotActions, assignHandedOff, recordHandoff, updateSilently } from './actions.ts';
import { advance, type BotInput } from './engine.ts';
import { findStartingWorkflow, loadVersion, type WorkflowVersion } from './versions.ts';

export interface BotTurn extends AppliedActions {
  /** The input did not apply (a second click on an answered question, a run that has ended). */
  ignored: boolean;
}

const statusAfter = { waiting: 'waiting', handed_off: 'handed_off', closed: 'closed', ignored: 'waiting' } as const;

async function saveRun(
  trx: Db,
  row: ConversationRow,
  run: { step_id: string; reasks: number },
  status: BotRunStatus,
  reason: string | null,
): Promise<void> {
  await trx
    .updateTable('bot_runs')
    .set({ step_id: run.step_id, reasks: run.reasks, status, outcome_reason: reason, updated_at: new Date() })
    .where('workspace_id', '=', row.workspace_id)
    .where('conversation_id', '=', row.id)
    .execute();
}

async function runTurn(
  trx: Db,
  emit: Emit,
  row: ConversationRow,
  version: WorkflowVersion,
  state: { step_id: string; status: 'waiting'; reasks: number } | null,
  input: BotInput,
  language: Language,
): Promise<BotTurn> {
  const result = advance(version.definition, state, input, {
    language,
    attributes: row.custom_attributes as Record<string, unknown>,
  });
  if (result.outcome === 'ignored') return { row, parts: [], ignored: true };
  const applied = await applyBotActions(trx, emit, row, result.actions);
  const handoff = result.actions.find((action) => action.type === 'handoff');
  const status = applied.failure ? 'handed_off' : statusAfter[result.outcome];
  await saveRun(trx, applied.row, result.run, status, applied.failure ?? handoff?.reason ?? null);
  await assignHandedOff(trx, emit, applied);
  return { ...applied, ignored: false };
}

/**
 * A customer opened a conversation in the messenger: the first enabled, published workflow starts on it, in
 * the same transaction, pinned to the version published now. Without one, nothing happens.
 */
export async function startBotRun(trx: Db, emit: Emit, row: ConversationRow, language: Language): Promise<BotTurn> {
  const version = await findStartingWorkflow(trx, row.workspace_id);
  if (!version) return { row, parts: [], ignored: true };
  await trx
    .insertInto('bot_runs')
    .values({
      workspace_id: row.workspace_id,
      conversation_id: row.id,
      workflow_id: version.workflowId,
      version: version.version,
      step_id: version.definition.start,
      status: 'waiting',
      language,
    })
    .execute();
  const applied: AppliedActions = { row, parts: [] };
  await updateSilently(trx, emit, applied, { botPhase: 'bot' });
  return runTurn(trx, emit, applied.row, version, null, { type: 'start' }, language);
}

/** The conversation's run, locked for the rest of the transaction (after the conversation row: no deadlock). */
export function lockBotRun(trx: Db, row: ConversationRow) {
  return trx
    .selectFrom('bot_runs')
    .selectAll()
    .where('workspace_id', '=', row.workspace_id)
    .where('conversation_id', '=', row.id)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * The customer answered (a button or text) while the bot has the conversation: the run moves on from the
 * step it waits at, under a lock on its row, so two processes or a double click never both answer one step.
 * The caller holds the conversation row lock.
 */
export async function continueBotRun(trx: Db, emit: Emit, row: ConversationRow, input: BotInput): Promise<BotTurn> {
  if (row.bot_phase !== 'bot') return { row, parts: [], ignored: true };
  const run = await lockBotRun(trx, row);
  const applied: AppliedActions = { row, parts: [] };
  if (run?.status !== 'waiting') {
    await recordHandoff(trx, emit, applied, 'no_waiting_run');
    return { ...applied, ignored: false };
  }
  const version = await loadVersion(trx, row.workspace_id, run.workflow_id, run.version);
  if (!version) {
    await recordHandoff(trx, emit, applied, 'workflow_version_missing');
    await saveRun(trx, applied.row, run, 'handed_off', 'workflow_version_missing');
    return { ...applied, ignored: false };
  }
  const state = { step_id: run.step_id, status: 'waiting' as const, reasks: run.reasks };
  return runTurn(trx, emit, row, version, state, input, run.language);
}

/**
 * A teammate took the conversation over (replied, assigned, closed): the bot stops at once and never
 * speaks again on it. The caller holds the conversation row lock.
 */
export async function endBotRun(trx: Db, row: ConversationRow, status: 'taken_over' | 'handed_off', reason: string) {
  await trx
    .updateTable('bot_runs')
    .set({ status, outcome_reason: reason, updated_at: new Date() })
    .where('workspace_id', '=', row.workspace_id)
    .where('conversation_id', '=', row.id)
    .where('status', '=', 'waiting')
    .execute();
}
