import type { Db } from '../../db/index.ts';
import { isUniqueViolation } from '../../db/index.ts';
import { AppError, notFound } from '../../errors.ts';
import type { TagRow } from '../conversations/rows.ts';

export async function listTags(db: Db, workspaceId: string): Promise<TagRow[]> {
  return db.selectFrom('tags').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
}

export async function getTag(db: Db, workspaceId: string, id: number): Promise<TagRow> {
  const tag = await db
    .selectFrom('tags')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!tag) throw notFound('tag_not_found', 'Tag not found');
  return tag;
}

/** Intercom's `POST /tags`: creates a tag, or renames one when `id` is given. An existing name is returned as is. */
export async function createOrRenameTag(
  db: Db,
  workspaceId: string,
  input: { name: string; id?: string },
): Promise<TagRow> {
  try {
    if (input.id !== undefined) {
      await getTag(db, workspaceId, Number(input.id));
      return await db
        .updateTable('tags')
        .set({ name: input.name })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', Number(input.id))
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    const created = await db
      .insertInto('tags')
      .values({ workspace_id: workspaceId, name: input.name })
      .onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing())
      .returningAll()
      .executeTakeFirst();
    return (
      created ??
      (await db
        .selectFrom('tags')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('name', '=', input.name)
        .executeTakeFirstOrThrow())
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('conflict', `A tag named "${input.name}" exists`, { field: 'name' });
    throw error;
  }
}

export async function deleteTag(db: Db, workspaceId: string, id: number): Promise<void> {
  const deleted = await db
    .deleteFrom('tags')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw notFound('tag_not_found', 'Tag not found');
}
