import { sql } from 'kysely';
import type { Db } from '../../server/db/index.ts';
import type { RawTicketTarget } from './raw-tickets.ts';

export interface CustomerConversation {
  conversationId: number;
  contactId: number;
}

/** `count` customers, each with a conversation to make a ticket from, written set-based (not what is measured). */
export async function seedCustomerConversations(
  db: Db,
  workspaceId: string,
  count: number,
): Promise<CustomerConversation[]> {
  const { rows } = await sql<{ id: number; contact_id: number }>`
    WITH customer AS (
      INSERT INTO contacts (workspace_id, role, name, email, custom_attributes)
      SELECT ${workspaceId}, 'user', 'Customer ' || g, 'customer' || g || '@bench.test', '{}'
      FROM generate_series(1, ${count}::int) g
      RETURNING id)
    INSERT INTO conversations (workspace_id, contact_id, source_delivered_as, source_author_type, source_author_id,
      source_body, last_part_preview, last_part_author_type)
    SELECT ${workspaceId}, id, 'customer_initiated', 'user', id::text, 'La factura sale duplicada',
      'La factura sale duplicada', 'user'
    FROM customer
    RETURNING id, contact_id`.execute(db);
  return rows
    .map((row) => ({ conversationId: Number(row.id), contactId: Number(row.contact_id) }))
    .sort((a, b) => a.conversationId - b.conversationId);
}

/** The raw baseline's workspace ids: its Customer ticket type and the submitted and in-progress states. */
export async function rawTicketTarget(db: Db, workspaceId: string): Promise<RawTicketTarget> {
  const type = await db
    .selectFrom('ticket_types')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('category', '=', 'Customer')
    .executeTakeFirstOrThrow();
  const states = await db
    .selectFrom('ticket_states')
    .select(['id', 'category'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const stateId = (category: string) => Number(states.find((state) => state.category === category)?.id);
  return {
    workspaceId,
    typeId: Number(type.id),
    states: { submitted: stateId('submitted'), in_progress: stateId('in_progress') },
  };
}

/** The tickets of a workspace in number order. */
export async function ticketIdsInOrder(db: Db, workspaceId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('tickets')
    .select('conversation_id')
    .where('workspace_id', '=', workspaceId)
    .orderBy('ticket_number')
    .execute();
  return rows.map((row) => Number(row.conversation_id));
}

/**
 * Links each ticket to its issue as a finished sync leaves it (status To Do, `updated` = `seenAt`), set-based:
 * how the links got there is not what is measured.
 */
export async function seedJiraLinks(
  db: Db,
  workspaceId: string,
  links: { ticketId: number; issueId: string; key: string }[],
  seenAt: Date,
): Promise<void> {
  await sql`
    INSERT INTO jira_links (workspace_id, ticket_id, issue_key, issue_id, summary, status_name, status_category,
      sync_state, issue_updated_at)
    SELECT ${workspaceId}, ticket_id, issue_key, issue_id, 'Ticket ' || ticket_id, 'To Do', 'new', 'ok', ${seenAt}
    FROM unnest(${links.map((link) => link.ticketId)}::bigint[], ${links.map((link) => link.key)}::text[],
      ${links.map((link) => link.issueId)}::text[]) AS l (ticket_id, issue_key, issue_id)`.execute(db);
}
