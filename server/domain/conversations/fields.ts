import { type SqlBool, sql } from 'kysely';
import { conversationDocument } from '../search/candidates.ts';
import { type FieldResolver, type FieldSpec, fieldResolver, type SearchBuilder } from '../search/query.ts';
import { textQuery } from '../search/text-query.ts';

const column = (name: string) => ({ expression: () => sql.ref(`conversations.${name}`) });
const timestamp = (name: string): FieldSpec => ({ type: 'timestamp', ...column(name) });

/** conversation has one of `values` in a join table keyed by (workspace_id, conversation_id). */
function member(table: 'conversation_tags', valueColumn: string) {
  return (eb: SearchBuilder, values: Array<string | number>) =>
    eb.exists(
      eb
        .selectFrom(table)
        .select(sql`1`.as('one'))
        .whereRef(`${table}.workspace_id`, '=', 'conversations.workspace_id')
        .whereRef(`${table}.conversation_id`, '=', 'conversations.id')
        .where(`${table}.${valueColumn}`, 'in', values.map(Number)),
    );
}

/**
 * Conversations of the workspace whose first message, title or subject has every word of `text` (each word as a
 * prefix: "informa" finds "información"), through the full-text index. An uncorrelated IN: one index search.
 */
const sourceWords = (workspaceId: string) => (_eb: SearchBuilder, text: string) =>
  sql<SqlBool>`conversations.id IN (SELECT conversations.id FROM conversations
    WHERE conversations.workspace_id = ${workspaceId} AND ${conversationDocument} @@ ${textQuery(text, 'all')}::tsquery)`;

/** Conversations with a part (comment, note, or a teammate's text on an assignment or close) that has the words. */
const partWords = (workspaceId: string) => (_eb: SearchBuilder, text: string) =>
  sql<SqlBool>`conversations.id IN (SELECT p.conversation_id FROM conversation_parts p
    WHERE p.workspace_id = ${workspaceId} AND charla_search_bucketed_document(p.id, p.body) @@ ${textQuery(text, 'all')}::tsquery)`;

/**
 * The conversation fields of Intercom's search, plus Charla's `bot_phase` and `conversation_parts.body`, for one
 * workspace (the word searches look up that workspace's index entries).
 */
export const resolveConversationFields = (workspaceId: string): FieldResolver =>
  fieldResolver(
    {
      id: { type: 'id', ...column('id') },
      created_at: timestamp('created_at'),
      updated_at: timestamp('updated_at'),
      waiting_since: timestamp('waiting_since'),
      snoozed_until: timestamp('snoozed_until'),
      state: { type: 'string', ...column('state') },
      open: { type: 'boolean', expression: () => sql`(conversations.state <> 'closed')` },
      title: { type: 'string', ...column('title') },
      priority: {
        type: 'string',
        expression: () => sql`(case when conversations.priority then 'priority' else 'not_priority' end)`,
      },
      admin_assignee_id: { type: 'number', expression: () => sql`coalesce(conversations.admin_assignee_id, 0)` },
      team_assignee_id: { type: 'number', expression: () => sql`coalesce(conversations.team_assignee_id, 0)` },
      contact_ids: { type: 'id', membership: (eb, values) => eb('conversations.contact_id', 'in', values.map(Number)) },
      tag_ids: { type: 'id', membership: member('conversation_tags', 'tag_id') },
      'source.type': { type: 'string', ...column('source_type') },
      'source.delivered_as': { type: 'string', ...column('source_delivered_as') },
      'source.author.type': { type: 'string', ...column('source_author_type') },
      'source.author.id': { type: 'string', ...column('source_author_id') },
      'source.body': { type: 'string', ...column('source_body'), words: sourceWords(workspaceId) },
      'conversation_parts.body': { type: 'words', words: partWords(workspaceId) },
      'source.subject': { type: 'string', ...column('source_subject') },
      'statistics.last_admin_reply_at': timestamp('last_admin_reply_at'),
      'statistics.first_admin_reply_at': timestamp('first_admin_reply_at'),
      'statistics.last_contact_reply_at': timestamp('last_customer_part_at'),
      'statistics.last_close_at': timestamp('last_closed_at'),
      bot_phase: { type: 'string', expression: () => sql`coalesce(conversations.bot_phase, 'none')` },
    },
    () => sql.ref('conversations.custom_attributes'),
  );
