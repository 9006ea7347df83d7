import { sql } from 'kysely';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { TicketCatalog, TicketRecord, TicketRow, TicketTypeRecord } from './records.ts';

/** The workspace's ticket types (with attributes) and states, and its Jira site: small, read per request. */
export async function loadTicketCatalog(db: Db, workspaceId: string): Promise<TicketCatalog> {
  const [types, attributes, states, jira] = await Promise.all([
    db.selectFrom('ticket_types').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute(),
    db
      .selectFrom('ticket_type_attributes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('ticket_states')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db.selectFrom('jira_settings').select('site_url').where('workspace_id', '=', workspaceId).executeTakeFirst(),
  ]);
  const byType = new Map<number, TicketTypeRecord>(types.map((type) => [type.id, { type, attributes: [] }]));
  for (const attribute of attributes) byType.get(attribute.ticket_type_id)?.attributes.push(attribute);
  return {
    workspaceId,
    types: byType,
    states: new Map(states.map((state) => [state.id, state])),
    jiraSiteUrl: jira?.site_url ?? null,
  };
}

/** Tickets by id with their conversation links and Jira links, in the order asked. */
export async function loadTicketRecords(db: Db, workspaceId: string, ids: number[]): Promise<TicketRecord[]> {
  if (ids.length === 0) return [];
  const [tickets, links, jira] = await Promise.all([
    db
      .selectFrom('tickets')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('conversation_id', 'in', ids)
      .execute(),
    db
      .selectFrom('ticket_links')
      .select(['ticket_id', 'conversation_id'])
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', 'in', ids)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('jira_links')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', 'in', ids)
      .orderBy('created_at')
      .execute(),
  ]);
  const byId = new Map(tickets.map((ticket) => [ticket.conversation_id, ticket]));
  return ids.flatMap((id) => {
    const ticket = byId.get(id);
    if (!ticket) return [];
    return [
      {
        ticket,
        linkedConversationIds: links.filter((link) => link.ticket_id === id).map((link) => link.conversation_id),
        jira: jira.filter((link) => link.ticket_id === id),
      },
    ];
  });
}

export async function getTicketRecord(db: Db, workspaceId: string, id: number): Promise<TicketRecord> {
  const [record] = await loadTicketRecords(db, workspaceId, [id]);
  if (!record) throw notFound('ticket_not_found', 'Ticket not found');
  return record;
}

/** Locks the ticket row (after its conversation row: lock order conversation → ticket). */
export async function lockTicketRow(trx: Db, workspaceId: string, id: number): Promise<TicketRow> {
  const row = await trx
    .selectFrom('tickets')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('ticket_not_found', 'Ticket not found');
  return row;
}

/** The tickets linked to a conversation (created from it, or tracking it), newest first. */
export async function ticketIdsLinkedTo(db: Db, workspaceId: string, conversationId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('ticket_links')
    .select('ticket_id')
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', '=', conversationId)
    .orderBy(sql`created_at`, 'desc')
    .execute();
  return rows.map((row) => row.ticket_id);
}
