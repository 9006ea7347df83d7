import type { CreateSavedReplyRequest, UpdateSavedReplyRequest } from '../../../protocol/saved-replies.ts';
import type { Db } from '../../db/index.ts';
import { isUniqueViolation } from '../../db/index.ts';
import { AppError, notFound } from '../../errors.ts';
import type { SavedReplyRow } from './presenter.ts';

function nameConflict(error: unknown, name: string | undefined): never {
  if (isUniqueViolation(error)) {
    throw new AppError('saved_reply_name_taken', `A saved reply named "${name}" exists`, { field: 'name' });
  }
  throw error;
}

export function listSavedReplies(db: Db, workspaceId: string): Promise<SavedReplyRow[]> {
  return db.selectFrom('saved_replies').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
}

export async function getSavedReply(db: Db, workspaceId: string, id: number): Promise<SavedReplyRow> {
  const savedReply = await db
    .selectFrom('saved_replies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!savedReply) throw notFound('saved_reply_not_found', 'Saved reply not found');
  return savedReply;
}

export function createSavedReply(
  db: Db,
  workspaceId: string,
  createdBy: number,
  input: CreateSavedReplyRequest,
): Promise<SavedReplyRow> {
  return db
    .insertInto('saved_replies')
    .values({ workspace_id: workspaceId, name: input.name, body: input.body, created_by: createdBy })
    .returningAll()
    .executeTakeFirstOrThrow()
    .catch((error) => nameConflict(error, input.name));
}

export async function updateSavedReply(
  db: Db,
  workspaceId: string,
  id: number,
  input: UpdateSavedReplyRequest,
): Promise<SavedReplyRow> {
  const updated = await db
    .updateTable('saved_replies')
    .set({ ...input, updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
    .catch((error) => nameConflict(error, input.name));
  if (!updated) throw notFound('saved_reply_not_found', 'Saved reply not found');
  return updated;
}

export async function deleteSavedReply(db: Db, workspaceId: string, id: number): Promise<void> {
  const deleted = await db
    .deleteFrom('saved_replies')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw notFound('saved_reply_not_found', 'Saved reply not found');
}
