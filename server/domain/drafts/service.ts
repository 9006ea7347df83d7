import { sql } from 'kysely';
import type { Draft, DraftKind, DraftList, SaveDraftRequest } from '../../../protocol/drafts.ts';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { EventBus } from '../../events/bus.ts';
import { type Emit, transact } from '../../events/transact.ts';
import { type DraftRow, presentDraft, presentDraftEvent, presentDraftSummary } from './presenter.ts';

/** Whose draft of which conversation. */
export interface DraftKey {
  workspaceId: string;
  teammateId: number;
  conversationId: number;
}

const DRAFT_COLUMNS = ['conversation_id', 'reply_text', 'note_text', 'kind', 'updated_at'] as const;

/** Every teammate sees every conversation of their workspace; another workspace's is not found. */
async function assertConversationExists(db: Db, workspaceId: string, conversationId: number): Promise<void> {
  const found = await db
    .selectFrom('conversations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', conversationId)
    .executeTakeFirst();
  if (!found) throw notFound('conversation_not_found', 'Conversation not found');
}

function readDraft(db: Db, key: DraftKey): Promise<DraftRow | undefined> {
  return db
    .selectFrom('conversation_drafts')
    .select(DRAFT_COLUMNS)
    .where('workspace_id', '=', key.workspaceId)
    .where('teammate_id', '=', key.teammateId)
    .where('conversation_id', '=', key.conversationId)
    .executeTakeFirst();
}

export async function getDraft(db: Db, key: DraftKey): Promise<Draft> {
  await assertConversationExists(db, key.workspaceId, key.conversationId);
  return presentDraft(key.conversationId, await readDraft(db, key));
}

/** The conversations where the teammate has a draft, the latest first. */
export async function listDrafts(db: Db, workspaceId: string, teammateId: number): Promise<DraftList> {
  const rows = await db
    .selectFrom('conversation_drafts')
    .select(['conversation_id', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .where('teammate_id', '=', teammateId)
    .orderBy('updated_at', 'desc')
    .orderBy('conversation_id', 'desc')
    .limit(1000)
    .execute();
  return { type: 'draft.list', drafts: rows.map(presentDraftSummary) };
}

/** Drops the row once neither text is left, and tells the author's tabs. */
async function settleDraft(trx: Db, emit: Emit, key: DraftKey): Promise<DraftRow | undefined> {
  await trx
    .deleteFrom('conversation_drafts')
    .where('workspace_id', '=', key.workspaceId)
    .where('teammate_id', '=', key.teammateId)
    .where('conversation_id', '=', key.conversationId)
    .where('reply_text', '=', '')
    .where('note_text', '=', '')
    .execute();
  const row = await readDraft(trx, key);
  emit({
    topic: 'draft.updated',
    audience: 'teammate',
    teammateId: key.teammateId,
    conversationId: key.conversationId,
    data: presentDraftEvent(key.conversationId, row),
  });
  return row;
}

/**
 * Saves the texts sent (the others stay); an empty text clears that one, and a draft left with neither is
 * deleted. The last save wins: one teammate's tabs write their own draft only.
 */
export async function saveDraft(
  services: { db: Db; eventBus: EventBus },
  key: DraftKey,
  changes: SaveDraftRequest,
): Promise<Draft> {
  await assertConversationExists(services.db, key.workspaceId, key.conversationId);
  const texts = {
    ...(changes.reply === undefined ? {} : { reply_text: changes.reply }),
    ...(changes.note === undefined ? {} : { note_text: changes.note }),
    ...(changes.kind === undefined ? {} : { kind: changes.kind }),
  };
  return transact(services, key.workspaceId, async (trx, emit) => {
    const hasText = Boolean(changes.reply || changes.note);
    if (hasText) {
      await trx
        .insertInto('conversation_drafts')
        .values({
          workspace_id: key.workspaceId,
          teammate_id: key.teammateId,
          conversation_id: key.conversationId,
          ...texts,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['workspace_id', 'teammate_id', 'conversation_id'])
            .doUpdateSet({ ...texts, updated_at: sql<Date>`now()` }),
        )
        .execute();
    } else {
      await trx
        .updateTable('conversation_drafts')
        .set({ ...texts, updated_at: sql<Date>`now()` })
        .where('workspace_id', '=', key.workspaceId)
        .where('teammate_id', '=', key.teammateId)
        .where('conversation_id', '=', key.conversationId)
        .execute();
    }
    return presentDraft(key.conversationId, await settleDraft(trx, emit, key));
  });
}

export async function deleteDraft(services: { db: Db; eventBus: EventBus }, key: DraftKey): Promise<Draft> {
  return saveDraft(services, key, { reply: '', note: '' });
}

/**
 * In the transaction that sends a reply or note: its author's draft of that kind is what was sent, so it goes
 * (the other kind stays). Nothing happens, not even an event, when there was no such draft.
 */
export async function clearSentDraft(trx: Db, emit: Emit, key: DraftKey, kind: DraftKind): Promise<void> {
  const cleared = await trx
    .updateTable('conversation_drafts')
    .set(kind === 'note' ? { note_text: '' } : { reply_text: '' })
    .where('workspace_id', '=', key.workspaceId)
    .where('teammate_id', '=', key.teammateId)
    .where('conversation_id', '=', key.conversationId)
    .where(kind === 'note' ? 'note_text' : 'reply_text', '<>', '')
    .executeTakeFirst();
  if (Number(cleared.numUpdatedRows) > 0) await settleDraft(trx, emit, key);
}
