import { type Expression, type SqlBool, sql } from 'kysely';
import type { ConversationList } from '../../../protocol/conversations.ts';
import type { Db } from '../../db/index.ts';
import { fetchKeysetPage } from '../search/pagination.ts';
import { renderConversations } from './render.ts';
import type { ConversationRow } from './rows.ts';

export interface Page {
  perPage: number;
  startingAfter?: string;
}

const updatedAt = sql.ref<Date>('conversations.updated_at');
const conversationId = sql.ref<number>('conversations.id');

/**
 * A page of the workspace's conversations (most recently updated first) matching `condition`, with the
 * total and Intercom's `pages`; `pages.next` is absent on the last page so auto-pagers stop.
 */
export async function listConversations(
  db: Db,
  workspaceId: string,
  page: Page,
  viewerId: number | undefined,
  condition: Expression<SqlBool> = sql<SqlBool>`true`,
  cursorField = 'starting_after',
): Promise<ConversationList> {
  const matching = db.selectFrom('conversations').where('workspace_id', '=', workspaceId).where(condition);
  const { rows, totalCount, pages } = await fetchKeysetPage<ConversationRow>(
    matching,
    { timestamp: updatedAt, id: conversationId, column: 'updated_at' },
    { ...page, cursorField },
  );
  return {
    type: 'conversation.list',
    conversations: await renderConversations(db, workspaceId, rows, viewerId),
    total_count: totalCount,
    pages,
  };
}
