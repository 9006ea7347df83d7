import type { Db } from '../../db/index.ts';
import { AppError } from '../../errors.ts';

/** An assignee named in a request exists in the workspace (an active teammate, or a team). */
export async function assertAssignee(db: Db, workspaceId: string, type: 'admin' | 'team', id: number): Promise<void> {
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
  if (!found) throw new AppError('parameter_invalid', `no ${type} ${id} in this workspace`, { field: 'assignee_id' });
}

/**
 * Intercom 2.14's `assignee_id` names an admin or a team by id. Charla's teammate and team ids may
 * coincide, so an active teammate wins; a team is taken when no teammate has that id.
 */
export async function resolveAssignee(db: Db, workspaceId: string, id: number): Promise<'admin' | 'team'> {
  const teammate = await db
    .selectFrom('teammates')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
  if (teammate) return 'admin';
  await assertAssignee(db, workspaceId, 'team', id);
  return 'team';
}
