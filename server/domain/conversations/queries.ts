import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { AppliedTag, ContactRow, ConversationContext, ConversationRow, PartRow, Person } from './rows.ts';

export async function getConversationRow(db: Db, workspaceId: string, id: number): Promise<ConversationRow> {
  const row = await db
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('conversation_not_found', 'Conversation not found');
  return row;
}

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

export async function loadTeammateNames(db: Db, workspaceId: string): Promise<Map<number, Person>> {
  const rows = await db
    .selectFrom('teammates')
    .select(['id', 'name', 'email'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Map(rows.map((row) => [row.id, { name: row.name, email: row.email }]));
}

export async function loadParts(db: Db, workspaceId: string, conversationId: number, limit = 500): Promise<PartRow[]> {
  return db
    .selectFrom('conversation_parts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', '=', conversationId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

async function loadContacts(db: Db, workspaceId: string, ids: number[]): Promise<Map<number, ContactRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

async function loadTags(db: Db, workspaceId: string, conversationIds: number[]): Promise<Map<number, AppliedTag[]>> {
  const byConversation = new Map<number, AppliedTag[]>();
  if (conversationIds.length === 0) return byConversation;
  const rows = await db
    .selectFrom('conversation_tags as ct')
    .innerJoin('tags', (join) =>
      join.onRef('tags.workspace_id', '=', 'ct.workspace_id').onRef('tags.id', '=', 'ct.tag_id'),
    )
    .selectAll('tags')
    .select(['ct.conversation_id', 'ct.applied_at', 'ct.applied_by'])
    .where('ct.workspace_id', '=', workspaceId)
    .where('ct.conversation_id', 'in', conversationIds)
    .orderBy('tags.name')
    .execute();
  for (const { conversation_id, applied_at, applied_by, ...tag } of rows) {
    const list = byConversation.get(conversation_id) ?? [];
    list.push({ tag, appliedAt: applied_at, appliedBy: applied_by });
    byConversation.set(conversation_id, list);
  }
  return byConversation;
}

async function loadReadAt(db: Db, workspaceId: string, viewerId: number | undefined, ids: number[]) {
  if (viewerId === undefined || ids.length === 0) return new Map<number, Date>();
  const rows = await db
    .selectFrom('conversation_reads')
    .select(['conversation_id', 'read_at'])
    .where('workspace_id', '=', workspaceId)
    .where('teammate_id', '=', viewerId)
    .where('conversation_id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.conversation_id, row.read_at]));
}

/** Read: the viewer has opened it since the customer last wrote (or the customer never wrote). */
function isRead(row: ConversationRow, readAt: Date | undefined): boolean {
  if (!row.last_customer_part_at) return true;
  return readAt !== undefined && readAt >= row.last_customer_part_at;
}

/** Loads contacts, tags, read state and teammate names for many conversations in a few queries. */
export async function loadContexts(
  db: Db,
  workspaceId: string,
  rows: ConversationRow[],
  viewerId: number | undefined,
): Promise<ConversationContext[]> {
  const ids = rows.map((row) => row.id);
  const [contacts, tags, reads, teammates] = await Promise.all([
    loadContacts(db, workspaceId, [...new Set(rows.map((row) => row.contact_id))]),
    loadTags(db, workspaceId, ids),
    loadReadAt(db, workspaceId, viewerId, ids),
    loadTeammateNames(db, workspaceId),
  ]);
  return rows.map((row) => ({
    contact: contacts.get(row.contact_id),
    tags: tags.get(row.id) ?? [],
    read: isRead(row, reads.get(row.id)),
    teammates,
  }));
}
