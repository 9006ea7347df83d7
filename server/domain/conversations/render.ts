import type { Conversation } from '../../../protocol/conversations.ts';
import type { Db } from '../../db/index.ts';
import { presentConversation } from './presenter.ts';
import { loadContexts, loadConversationForView } from './queries.ts';
import type { ConversationRow } from './rows.ts';

/** One conversation with its parts, as `viewerId` sees it (read state). */
export async function renderConversation(
  db: Db,
  workspaceId: string,
  id: number,
  viewerId?: number,
): Promise<Conversation> {
  const { row, parts, context } = await loadConversationForView(db, workspaceId, id, viewerId);
  return presentConversation(row, { ...context, parts });
}

/** Many conversations without parts, as lists show them. */
export async function renderConversations(
  db: Db,
  workspaceId: string,
  rows: ConversationRow[],
  viewerId?: number,
): Promise<Conversation[]> {
  const contexts = await loadContexts(db, workspaceId, rows, viewerId);
  return rows.map((row, index) => presentConversation(row, contexts[index] as NonNullable<(typeof contexts)[number]>));
}
