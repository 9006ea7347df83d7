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

/** The contact of a conversation in the workspace, or undefined when there is no such conversation. */
export async function conversationContact(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('conversations')
    .select('contact_id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', Number(conversationId))
    .executeTakeFirst();
  return row?.contact_id;
}
