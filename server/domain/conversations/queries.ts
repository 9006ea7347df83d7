import { sql } from 'kysely';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { AppliedTag, ContactSummary, ConversationContext, ConversationRow, PartRow } from './rows.ts';

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
    .select(
      sql<(Omit<PartRow, 'created_at'> & { created_at: string })[]>`(
        SELECT coalesce(json_agg(p ORDER BY p.id), '[]') FROM (
          SELECT * FROM conversation_parts
          WHERE workspace_id = c.workspace_id AND conversation_id = c.id ORDER BY id LIMIT ${limit}
        ) p)`.as('parts_json'),
    )
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!found) throw notFound('conversation_not_found', 'Conversation not found');
  const { parts_json, ...row } = found;
  const parts = parts_json.map((part) => ({
    ...part,
    id: Number(part.id),
    conversation_id: Number(part.conversation_id),
    assigned_to_id: part.assigned_to_id === null ? null : Number(part.assigned_to_id),
    created_at: new Date(part.created_at),
  }));
  return { row, parts };
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
 * Loads contacts, tags, read state and teammate names for many conversations in one round trip
 * (one statement of JSON sub-selects): the write path renders after every send, so trips matter.
 */
export async function loadContexts(
  db: Db,
  workspaceId: string,
  rows: ConversationRow[],
  viewerId: number | undefined,
): Promise<ConversationContext[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const contactIds = [...new Set(rows.map((row) => row.contact_id))];
  const { rows: result } = await sql<ContextRow>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'role', c.role, 'name', c.name, 'email', c.email,
                                                  'external_id', c.external_id)), '[]')
         FROM contacts c WHERE c.workspace_id = ${workspaceId} AND c.id = ANY(${contactIds}::bigint[])) AS contacts,
      (SELECT coalesce(json_agg(json_build_object('conversation_id', ct.conversation_id, 'id', t.id, 'name', t.name,
                                                  'applied_at', floor(extract(epoch from ct.applied_at) * 1000),
                                                  'applied_by', ct.applied_by) ORDER BY t.name), '[]')
         FROM conversation_tags ct
         JOIN tags t ON t.workspace_id = ct.workspace_id AND t.id = ct.tag_id
         WHERE ct.workspace_id = ${workspaceId} AND ct.conversation_id = ANY(${ids}::bigint[])) AS tags,
      (SELECT coalesce(json_agg(json_build_object('conversation_id', r.conversation_id,
                                                  'read_at', floor(extract(epoch from r.read_at) * 1000))), '[]')
         FROM conversation_reads r
         WHERE r.workspace_id = ${workspaceId} AND r.teammate_id = ${viewerId ?? 0}
           AND r.conversation_id = ANY(${ids}::bigint[])) AS reads,
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'email', m.email)), '[]')
         FROM teammates m WHERE m.workspace_id = ${workspaceId}) AS teammates,
      (SELECT coalesce(json_agg(json_build_object('conversation_id', l.conversation_id, 'ticket_id', l.ticket_id,
                                                  'category', t.category) ORDER BY l.created_at), '[]')
         FROM ticket_links l
         JOIN tickets t ON t.workspace_id = l.workspace_id AND t.conversation_id = l.ticket_id
         WHERE l.workspace_id = ${workspaceId} AND l.conversation_id = ANY(${ids}::bigint[])) AS links`.execute(db);
  const loaded = result[0] as ContextRow;
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
