import type { Unread } from '../../../protocol/unread.ts';
import type { Db } from '../../db/index.ts';

/**
 * Open conversations assigned to the teammate where the customer wrote after the teammate last read them (the
 * list's unread dot, counted): a range of the (workspace, state, assignee) index and one read row each.
 */
export async function countUnreadAssigned(db: Db, workspaceId: string, teammateId: number): Promise<Unread> {
  const row = await db
    .selectFrom('conversations as c')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('c.workspace_id', '=', workspaceId)
    .where('c.state', '=', 'open')
    .where('c.admin_assignee_id', '=', teammateId)
    .where('c.last_customer_part_at', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('conversation_reads as r')
            .select('r.conversation_id')
            .where('r.workspace_id', '=', workspaceId)
            .where('r.teammate_id', '=', teammateId)
            .whereRef('r.conversation_id', '=', 'c.id')
            .whereRef('r.read_at', '>=', 'c.last_customer_part_at'),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return { type: 'unread', assigned_to_me: Number(row.count) };
}
