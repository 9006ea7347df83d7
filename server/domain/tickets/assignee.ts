import type { Db } from '../../db/index.ts';
import { assertAssignable } from '../conversations/manage.ts';

export { assertAssignable as assertAssignee } from '../conversations/manage.ts';

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
  await assertAssignable(db, workspaceId, 'team', id);
  return 'team';
}
