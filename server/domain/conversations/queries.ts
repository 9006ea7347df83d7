import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { AppliedTag, ContactRow, ContactSummary, ConversationContext, ConversationRow, PartRow } from './rows.ts';

/** Locks the conversation row for the rest of the transaction, so concurrent changes apply one by one. */
export async function lockConversationRow(trx: Db, workspaceId: string, id: number): Promise<ConversationRow> {
  const row = await trx
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('conversation_not_found', 'Conversation not found');
  return row;
}

const CONTACT_DATES = [
  'signed_up_at',
  'last_seen_at',
  'last_replied_at',
  'last_contacted_at',
  'created_at',
  'updated_at',
  'deleted_at',
  'blocked_at',
] as const;

/**
 * As `lockConversationRow`, with the conversation's contact read in the same round trip (a customer's reply
 * needs both; the contact is not locked).
 */
export async function lockConversationWithContact(
  trx: Db,
  workspaceId: string,
  id: number,
): Promise<{ row: ConversationRow; contact: ContactRow | undefined }> {
  const found = await trx
    .selectFrom('conversations as c')
    .selectAll('c')
    .select(
      sql<Record<string, unknown> | null>`(
        SELECT to_jsonb(k) FROM contacts k WHERE k.workspace_id = c.workspace_id AND k.id = c.contact_id
      )`.as('contact_json'),
    )
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!found) throw notFound('conversation_not_found', 'Conversation not found');
  const { contact_json, ...row } = found;
  if (!contact_json) return { row, contact: undefined };
  const contact = { ...contact_json } as Record<string, unknown>;
  for (const column of CONTACT_DATES) {
    const value = contact[column];
    contact[column] = typeof value === 'string' ? new Date(value) : null;
  }
  return { row, contact: contact as unknown as ContactRow };
}

/** The conversation row and its first `limit` parts in one round trip (parts come back as JSON). */
export async function getConversationWithParts(
  db: Db,
  workspaceId: string,
  id: number,
  limit = 500,
): Promise<{ row: ConversationRow; parts: PartRow[] }> {
  const found = await db
    .selectFrom('conversations as c')
    .selectAll('c')
    .select(partsColumn(limit))
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!found) throw notFound('conversation_not_found', 'Conversation not found');
  const { parts_json, ...row } = found;
  return { row, parts: partsOf(parts_json) };
}

type PartJson = Omit<PartRow, 'created_at'> & { created_at: string };

/** The conversation `c`'s first `limit` parts as one JSON column. */
function partsColumn(limit: number) {
  return sql<PartJson[]>`(
    SELECT coalesce(json_agg(p ORDER BY p.id), '[]') FROM (
      SELECT * FROM conversation_parts
      WHERE workspace_id = c.workspace_id AND conversation_id = c.id ORDER BY id LIMIT ${limit}
    ) p)`.as('parts_json');
}

function partsOf(json: PartJson[]): PartRow[] {
  return json.map((part) => ({
    ...part,
    id: Number(part.id),
    conversation_id: Number(part.conversation_id),
    assigned_to_id: part.assigned_to_id === null ? null : Number(part.assigned_to_id),
    created_at: new Date(part.created_at),
  }));
}

interface ContextRow {
  contacts: ContactSummary[];
  tags: { conversation_id: number; id: number; name: string; applied_at: number; applied_by: number | null }[];
  reads: { conversation_id: number; read_at: number }[];
  teammates: { id: number; name: string; email: string }[];
  links: { conversation_id: number; ticket_id: number; category: 'Customer' | 'Back-office' | 'Tracker' }[];
}

/** Read: the viewer has opened it since the customer last wrote (or the customer never wrote). */
function isRead(row: ConversationRow, readAt: number | undefined): boolean {
  if (!row.last_customer_part_at) return true;
  return readAt !== undefined && readAt >= row.last_customer_part_at.getTime();
}

/**
 * The context's JSON sub-selects for the conversations `ids` and their contacts `contactIds` (SQL arrays): a
 * list passes parameters, a single conversation's render passes its own row's columns (the outer `c`, so no
 * alias here may be `c`).
 */
function contextColumns(
  workspaceId: string,
  ids: RawBuilder<unknown>,
  contactIds: RawBuilder<unknown>,
  viewerId: number | undefined,
) {
  return sql<ContextRow>`
      (SELECT coalesce(json_agg(json_build_object('id', k.id, 'role', k.role, 'name', k.name, 'email', k.email,
                                                  'external_id', k.external_id)), '[]')
         FROM contacts k WHERE k.workspace_id = ${workspaceId} AND k.id = ANY(${contactIds})) AS contacts,
      (SELECT coalesce(json_agg(json_build_object('conversation_id', ct.conversation_id, 'id', t.id, 'name', t.name,
                                                  'applied_at', floor(extract(epoch from ct.applied_at) * 1000),
                                                  'applied_by', ct.applied_by) ORDER BY t.name), '[]')
         FROM conversation_tags ct
         JOIN tags t ON t.workspace_id = ct.workspace_id AND t.id = ct.tag_id
         WHERE ct.workspace_id = ${workspaceId} AND ct.conversation_id = ANY(${ids})) AS tags,
      (SELECT coalesce(json_agg(json_build_object('conversation_id', r.conversation_id,
                                                  'read_at', floor(extract(epoch from r.read_at) * 1000))), '[]')
         FROM conversation_reads r
         WHERE r.workspace_id = ${workspaceId} AND r.teammate_id = ${viewerId ?? 0}
           AND r.conversation_id = ANY(${ids})) AS reads,
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'email', m.email)), '[]')
         FROM teammates m WHERE m.workspace_id = ${workspaceId}) AS teammates,
      (SELECT coalesce(json_agg(json_build_object('conversation_id', l.conversation_id, 'ticket_id', l.ticket_id,
                                                  'category', t.category) ORDER BY l.created_at), '[]')
         FROM ticket_links l
         JOIN tickets t ON t.workspace_id = l.workspace_id AND t.conversation_id = l.ticket_id
         WHERE l.workspace_id = ${workspaceId} AND l.conversation_id = ANY(${ids})) AS links`;
}

/**
 * Loads contacts, tags, read state and teammate names for many conversations in one round trip
 * (one statement of JSON sub-selects).
 */
export async function loadContexts(
  db: Db,
  workspaceId: string,
  rows: ConversationRow[],
  viewerId: number | undefined,
): Promise<ConversationContext[]> {
  if (rows.length === 0) return [];
  const ids = sql`${rows.map((row) => row.id)}::bigint[]`;
  const contactIds = sql`${[...new Set(rows.map((row) => row.contact_id))]}::bigint[]`;
  const { rows: result } =
    await sql<ContextRow>`SELECT ${contextColumns(workspaceId, ids, contactIds, viewerId)}`.execute(db);
  return contextsOf(workspaceId, rows, result[0] as ContextRow);
}

function contextsOf(workspaceId: string, rows: ConversationRow[], loaded: ContextRow): ConversationContext[] {
  const contacts = new Map(
    loaded.contacts.map((contact) => [Number(contact.id), { ...contact, id: Number(contact.id) }]),
  );
  const reads = new Map(loaded.reads.map((read) => [Number(read.conversation_id), Number(read.read_at)]));
  const teammates = new Map(loaded.teammates.map((m) => [Number(m.id), { name: m.name, email: m.email }]));
  const tags = new Map<number, AppliedTag[]>();
  for (const tag of loaded.tags) {
    const list = tags.get(Number(tag.conversation_id)) ?? [];
    list.push({
      tag: { workspace_id: workspaceId, id: Number(tag.id), name: tag.name, created_at: new Date(0) },
      appliedAt: new Date(Number(tag.applied_at)),
      appliedBy: tag.applied_by === null ? null : Number(tag.applied_by),
    });
    tags.set(Number(tag.conversation_id), list);
  }
  const links = new Map<number, NonNullable<ConversationContext['linkedTickets']>>();
  for (const link of loaded.links) {
    const list = links.get(Number(link.conversation_id)) ?? [];
    list.push({ id: Number(link.ticket_id), category: link.category });
    links.set(Number(link.conversation_id), list);
  }
  return rows.map((row) => ({
    linkedTickets: links.get(row.id) ?? [],
    contact: contacts.get(row.contact_id),
    tags: tags.get(row.id) ?? [],
    read: isRead(row, reads.get(row.id)),
    teammates,
  }));
}

/**
 * One conversation as the API shows it, in one round trip: its row, its first `limit` parts and its context
 * (the write path renders after every send, so trips matter).
 */
export async function loadConversationForView(
  db: Db,
  workspaceId: string,
  id: number,
  viewerId: number | undefined,
  limit = 500,
): Promise<{ row: ConversationRow; parts: PartRow[]; context: ConversationContext }> {
  const found = await db
    .selectFrom('conversations as c')
    .selectAll('c')
    .select(partsColumn(limit))
    .select(contextColumns(workspaceId, sql`ARRAY[c.id]`, sql`ARRAY[c.contact_id]`, viewerId) as never)
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!found) throw notFound('conversation_not_found', 'Conversation not found');
  const { parts_json, contacts, tags, reads, teammates, links, ...row } = found as typeof found & ContextRow;
  const [context] = contextsOf(workspaceId, [row], { contacts, tags, reads, teammates, links });
  return { row, parts: partsOf(parts_json), context: context as ConversationContext };
}
