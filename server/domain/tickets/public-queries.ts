import { sql } from 'kysely';
import type { Language } from '../../../protocol/common.ts';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { ConversationRow, PartRow } from '../conversations/rows.ts';
import type { TicketRow } from './records.ts';

/** The part types of a customer's timeline: public comments and state notices. Never notes. */
export const TIMELINE_PART_TYPES = ['comment', 'ticket_state_updated'] as const;

export const ticketNotFound = () => notFound('ticket_not_found', 'Ticket not found');

/** A shared customer ticket with its conversation row. */
export interface CustomerTicket {
  row: ConversationRow;
  ticket: TicketRow;
}

/**
 * Ticket `id` if it is a shared customer ticket (of `contactId`, when given); undefined for anything else —
 * a back-office or tracker ticket, one not shared, another contact's, a plain conversation, another workspace's.
 */
export async function findCustomerTicket(
  db: Db,
  workspaceId: string,
  id: number,
  contactId?: number,
): Promise<CustomerTicket | undefined> {
  const ticket = await db
    .selectFrom('tickets')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', '=', id)
    .where('category', '=', 'Customer')
    .where('is_shared', '=', true)
    .executeTakeFirst();
  if (!ticket) return undefined;
  let query = db.selectFrom('conversations').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id);
  if (contactId !== undefined) query = query.where('contact_id', '=', contactId);
  const row = await query.executeTakeFirst();
  return row ? { row, ticket } : undefined;
}

/** As `findCustomerTicket`, or ticket_not_found. */
export async function getCustomerTicket(db: Db, workspaceId: string, id: number, contactId?: number) {
  const found = await findCustomerTicket(db, workspaceId, id, contactId);
  if (!found) throw ticketNotFound();
  return found;
}

/** The ticket's timeline: its public comments and state notices, oldest first. */
export function loadTimeline(db: Db, workspaceId: string, id: number, sincePartId = 0): Promise<PartRow[]> {
  return db
    .selectFrom('conversation_parts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', '=', id)
    .where('is_public', '=', true)
    .where('part_type', 'in', TIMELINE_PART_TYPES)
    .where('id', '>=', sincePartId)
    .orderBy('id')
    .limit(1000)
    .execute() as Promise<PartRow[]>;
}

export interface ListedCustomerTicket extends TicketRow {
  /** The last public activity: the newest comment or notice, else the ticket's creation. */
  activity_at: Date;
  unread: string | number;
}

/** A contact's shared customer tickets, newest public activity first, with what the customer has not read. */
export async function listCustomerTickets(
  db: Db,
  workspaceId: string,
  contactId: number,
): Promise<ListedCustomerTicket[]> {
  const { rows } = await sql<ListedCustomerTicket>`
    SELECT t.*, greatest(t.created_at, coalesce(lp.last_at, t.created_at)) AS activity_at,
      (SELECT count(*) FROM conversation_parts p
        WHERE p.workspace_id = c.workspace_id AND p.conversation_id = c.id AND p.is_public
          AND p.part_type IN ('comment', 'ticket_state_updated') AND p.author_type IN ('admin', 'bot', 'team')
          AND p.created_at > coalesce(c.contact_read_at, '-infinity')) AS unread
    FROM tickets t
    JOIN conversations c ON c.workspace_id = t.workspace_id AND c.id = t.conversation_id
    LEFT JOIN LATERAL (
      SELECT max(p.created_at) AS last_at FROM conversation_parts p
      WHERE p.workspace_id = c.workspace_id AND p.conversation_id = c.id AND p.is_public
        AND p.part_type IN ('comment', 'ticket_state_updated')
    ) lp ON true
    WHERE t.workspace_id = ${workspaceId} AND c.contact_id = ${contactId}
      AND t.category = 'Customer' AND t.is_shared
    ORDER BY activity_at DESC, t.conversation_id DESC
    LIMIT 100`.execute(db);
  return rows.map((row) => ({ ...row, activity_at: new Date(row.activity_at) }));
}

/** The language a customer reads their ticket in: their own, else the one asked for, else the workspace's. */
export async function customerTicketLanguage(
  db: Db,
  workspaceId: string,
  contactId: number,
  asked: Language | undefined,
): Promise<Language> {
  const found = await db
    .selectFrom('contacts')
    .innerJoin('workspaces', 'workspaces.id', 'contacts.workspace_id')
    .select(['contacts.language', 'workspaces.default_language'])
    .where('contacts.workspace_id', '=', workspaceId)
    .where('contacts.id', '=', contactId)
    .executeTakeFirst();
  const own = found?.language?.trim().toLowerCase().slice(0, 2);
  if (own === 'en' || own === 'es') return own;
  return asked ?? found?.default_language ?? 'en';
}

/** Teammates' names by id, for the authors of comments (never their emails). */
export async function teammateNames(db: Db, workspaceId: string, parts: PartRow[]): Promise<Map<number, string>> {
  const ids = parts
    .filter((part) => part.author_type === 'admin' && part.author_id)
    .map((part) => Number(part.author_id));
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('teammates')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
