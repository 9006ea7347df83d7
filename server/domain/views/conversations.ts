import type { ConversationList } from '../../../protocol/conversations.ts';
import type { ViewConversationsQuery, ViewFilters } from '../../../protocol/views.ts';
import type { Db } from '../../db/index.ts';
import { renderConversations } from '../conversations/render.ts';
import { countConversations } from './counts.ts';
import { type ViewViewer, viewPredicate } from './filters.ts';
import { findVisibleView } from './queries.ts';
import type { ViewRecord } from './records.ts';
import { afterPosition, decodeViewCursor, encodeViewCursor, SORTS, sortKeyMicros } from './sorting.ts';

/**
 * The filters of one state's list: built-in views and team inboxes show `open` by default, so the state replaces
 * theirs; a saved view's states are its author's choice, so the state narrows them (one it leaves out: no rows).
 */
function withListState(view: ViewRecord, state: ViewConversationsQuery['state']): ViewFilters | null {
  if (!state) return view.filters;
  const isSaved = view.kind === 'shared' || view.kind === 'private';
  if (isSaved && view.filters.states && !view.filters.states.includes(state)) return null;
  return { ...view.filters, states: [state] };
}

function emptyPage(perPage: number): ConversationList {
  return {
    type: 'conversation.list',
    conversations: [],
    total_count: 0,
    pages: { type: 'pages', page: 1, per_page: perPage, total_pages: 1 },
  };
}

/**
 * A page of a view's conversations for the viewer, in Intercom's `conversation.list` shape. `state` picks
 * one state (withListState); `sort` replaces the view's order. `pages.next` is absent on the last page.
 */
export async function listViewConversations(
  db: Db,
  viewer: ViewViewer,
  viewId: string | number,
  query: ViewConversationsQuery,
): Promise<ConversationList> {
  const view = await findVisibleView(db, viewer, viewId);
  const sort = query.sort ?? view.sort;
  const after = query.starting_after ? decodeViewCursor(query.starting_after, sort) : undefined;
  const filters = withListState(view, query.state);
  if (!filters) return emptyPage(query.per_page);
  const where = viewPredicate(filters, viewer);
  const { column, direction } = SORTS[sort];
  const [found, total] = await Promise.all([
    db
      .selectFrom('conversations')
      .selectAll('conversations')
      .select(sortKeyMicros(sort).as('sort_micros'))
      .where(where)
      .$if(after !== undefined, (qb) => qb.where(afterPosition(sort, after as NonNullable<typeof after>)))
      .orderBy(`conversations.${column}`, direction)
      .orderBy('conversations.id', direction)
      .limit(query.per_page + 1)
      .execute(),
    countConversations(db, where),
  ]);
  const rows = found.slice(0, query.per_page).map(({ sort_micros, ...row }) => ({ row, sort_micros }));
  const last = found.length > query.per_page ? rows.at(-1) : undefined;
  return {
    type: 'conversation.list',
    conversations: await renderConversations(
      db,
      viewer.workspaceId,
      rows.map(({ row }) => row),
      viewer.teammateId,
    ),
    total_count: total,
    pages: {
      type: 'pages',
      page: 1,
      per_page: query.per_page,
      total_pages: Math.max(1, Math.ceil(total / query.per_page)),
      ...(last
        ? {
            next: {
              per_page: query.per_page,
              starting_after: encodeViewCursor(sort, { micros: last.sort_micros, id: last.row.id }),
            },
          }
        : {}),
    },
  };
}
