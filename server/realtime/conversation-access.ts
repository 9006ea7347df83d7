import type { Db } from '../db/index.ts';

/** Whether the conversation exists in the workspace (and, for a visitor, belongs to that contact). */
export async function isConversationVisible(
  db: Db,
  workspaceId: string,
  conversationId: string,
  contactId?: number,
): Promise<boolean> {
  let query = db
    .selectFrom('conversations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', Number(conversationId));
  if (contactId !== undefined) query = query.where('contact_id', '=', contactId);
  return (await query.executeTakeFirst()) !== undefined;
}
