import { type Expression, expressionBuilder, type SqlBool, sql } from 'kysely';
import type { Language } from '../../../protocol/common.ts';
import type { SearchRequest } from '../../../protocol/search.ts';
import type { TicketList } from '../../../protocol/tickets.ts';
import type { Db } from '../../db/index.ts';
import type { DB } from '../../db/schema.ts';
import type { ConversationRow } from '../conversations/rows.ts';
import { fetchKeysetPage } from '../search/pagination.ts';
import { compileSearchQuery, type FieldSpec, fieldResolver } from '../search/query.ts';
import { renderTickets } from './render.ts';

const conversation = (name: string) => ({ expression: () => sql.ref(`conversations.${name}`) });
/** A column of the conversation's ticket row. */
const ticket = (name: string) => ({
  expression: () =>
    sql`(SELECT t.${sql.ref(name)} FROM tickets t
         WHERE t.workspace_id = conversations.workspace_id AND t.conversation_id = conversations.id)`,
});
const timestamp = (name: string): FieldSpec => ({ type: 'timestamp', ...conversation(name) });

/** The ticket fields of Intercom's ticket search. */
const resolveTicketField = fieldResolver(
  {
    id: { type: 'id', ...conversation('id') },
    ticket_id: { type: 'number', ...ticket('ticket_number') },
    created_at: timestamp('created_at'),
    updated_at: timestamp('updated_at'),
    snoozed_until: timestamp('snoozed_until'),
    _default_title_: { type: 'string', ...ticket('title') },
    _default_description_: { type: 'string', ...ticket('description') },
    title: { type: 'string', ...ticket('title') },
    category: { type: 'string', ...ticket('category') },
    ticket_type_id: { type: 'id', ...ticket('ticket_type_id') },
    ticket_state_id: { type: 'id', ...ticket('ticket_state_id') },
    state: { type: 'string', ...conversation('ticket_state') },
    open: { type: 'boolean', expression: () => sql`(conversations.state <> 'closed')` },
    is_shared: { type: 'boolean', ...ticket('is_shared') },
    admin_assignee_id: { type: 'number', expression: () => sql`coalesce(conversations.admin_assignee_id, 0)` },
    team_assignee_id: { type: 'number', expression: () => sql`coalesce(conversations.team_assignee_id, 0)` },
    contact_ids: { type: 'id', membership: (eb, values) => eb('conversations.contact_id', 'in', values.map(Number)) },
  },
  () =>
    sql`(SELECT t.attributes FROM tickets t
         WHERE t.workspace_id = conversations.workspace_id AND t.conversation_id = conversations.id)`,
);

/** `POST /tickets/search`: Intercom's search DSL over the workspace's tickets, newest update first. */
export async function searchTickets(
  db: Db,
  workspaceId: string,
  request: SearchRequest,
  viewerId: number,
  language: Language,
): Promise<TicketList> {
  const condition = compileSearchQuery(expressionBuilder<DB, 'conversations'>(), request.query, (field) =>
    field.startsWith('ticket_attributes.')
      ? resolveTicketField(`custom_attributes.${field.slice('ticket_attributes.'.length)}`)
      : resolveTicketField(field),
  ) as Expression<SqlBool>;
  const matching = db
    .selectFrom('conversations')
    .where('workspace_id', '=', workspaceId)
    .where('ticket_state', 'is not', null)
    .where(condition);
  const { rows, totalCount, pages } = await fetchKeysetPage<ConversationRow>(
    matching,
    {
      timestamp: sql.ref<Date>('conversations.updated_at'),
      id: sql.ref<number>('conversations.id'),
      column: 'updated_at',
    },
    {
      perPage: request.pagination?.per_page ?? 20,
      startingAfter: request.pagination?.starting_after,
      cursorField: 'pagination.starting_after',
    },
  );
  return {
    type: 'ticket.list',
    tickets: await renderTickets(db, workspaceId, rows, viewerId, language),
    total_count: totalCount,
    pages,
  };
}
