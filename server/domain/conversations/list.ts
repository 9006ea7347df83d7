import { type Expression, type SqlBool, sql } from 'kysely';
import type { ConversationList } from '../../../protocol/conversations.ts';
import type { Db } from '../../db/index.ts';
import { cursorMicros, isAfterCursor, presentPages, readCursor } from '../search/pagination.ts';
import { renderConversations } from './render.ts';

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
  const cursor = page.startingAfter ? readCursor(page.startingAfter, cursorField) : undefined;
  const afterCursor = cursor ? isAfterCursor(updatedAt, conversationId, cursor) : sql<SqlBool>`true`;
  const matching = db.selectFrom('conversations').where('workspace_id', '=', workspaceId).where(condition);
  const [rows, counts] = await Promise.all([
    matching
      .selectAll()
      .select(cursorMicros(updatedAt).as('cursor_micros'))
      .where(afterCursor)
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.perPage + 1)
      .execute(),
    matching
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        sql<number>`count(*) filter (where not ${afterCursor})`.as('before'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const shown = rows.slice(0, page.perPage);
  const last = shown.at(-1);
  const next = rows.length > page.perPage && last ? { micros: last.cursor_micros, id: last.id } : undefined;
  const totalCount = Number(counts.total);
  return {
    type: 'conversation.list',
    conversations: await renderConversations(
      db,
      workspaceId,
      shown.map(({ cursor_micros: _, ...row }) => row),
      viewerId,
    ),
    total_count: totalCount,
    pages: presentPages({ perPage: page.perPage, totalCount, before: Number(counts.before), next }),
  };
}
