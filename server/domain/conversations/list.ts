import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ConversationList } from '../../../protocol/conversations.ts';
import type { Db } from '../../db/index.ts';
import type { DB } from '../../db/schema.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { renderConversations } from './render.ts';

export interface Page {
  perPage: number;
  startingAfter?: string;
}

export type ConversationFilter = (eb: ExpressionBuilder<DB, 'conversations'>) => Expression<SqlBool>;

/** updated_at in whole microseconds, so a cursor is exact whatever wrote the timestamp. */
const updatedAtMicros = sql<string>`(extract(epoch from updated_at) * 1000000)::bigint::text`;
const fromMicros = (micros: string) => sql<Date>`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;

/**
 * A page of the workspace's conversations (most recently updated first) matching `filter`, with the
 * total and Intercom's `pages` object; `pages.next` is absent on the last page so auto-pagers stop.
 */
export async function listConversations(
  db: Db,
  workspaceId: string,
  page: Page,
  viewerId: number | undefined,
  filter?: ConversationFilter,
  cursorField = 'starting_after',
): Promise<ConversationList> {
  const base = db
    .selectFrom('conversations')
    .where('workspace_id', '=', workspaceId)
    .$if(filter !== undefined, (qb) => qb.where((eb) => (filter as ConversationFilter)(eb)));
  const after = page.startingAfter ? decodeCursor(page.startingAfter, 2, cursorField) : undefined;
  const [rows, total] = await Promise.all([
    base
      .selectAll()
      .select(updatedAtMicros.as('cursor_micros'))
      .$if(after !== undefined, (qb) =>
        qb.where((eb) =>
          eb(eb.refTuple('updated_at', 'id'), '<', eb.tuple(fromMicros(String(after?.[0])), Number(after?.[1]))),
        ),
      )
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.perPage + 1)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const hasMore = rows.length > page.perPage;
  const pageRows = rows.slice(0, page.perPage).map(({ cursor_micros, ...row }) => ({ row, cursor_micros }));
  const last = pageRows.at(-1);
  const totalCount = Number(total.count);
  return {
    type: 'conversation.list',
    conversations: await renderConversations(
      db,
      workspaceId,
      pageRows.map((r) => r.row),
      viewerId,
    ),
    total_count: totalCount,
    pages: {
      type: 'pages',
      page: 1,
      per_page: page.perPage,
      total_pages: Math.max(1, Math.ceil(totalCount / page.perPage)),
      ...(hasMore && last
        ? { next: { per_page: page.perPage, starting_after: encodeCursor([last.cursor_micros, last.row.id]) } }
        : {}),
    },
  };
}
