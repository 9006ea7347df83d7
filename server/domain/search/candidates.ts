import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/index.ts';

/** Ids per recency bucket word in the parts and conversations indexes (the migration's `id >> 14`). */
const BUCKET_BITS = 14;
/** Buckets asked for at once: the newest 2, then 8 more, 32, 128; after that one query for the rest. */
const FIRST_SPAN = 2;
const MAX_SPAN = 128;
/** Rows read per bucket window: enough to fill a page of results from the newest matches. */
const ROWS_PER_WINDOW = 300;

export interface PartHit {
  id: number;
  conversation_id: number;
  part_type: string;
  body: string;
}

export interface ContactHit {
  id: number;
  name: string | null;
  email: string | null;
}

type Window = (match: RawBuilder<SqlBool>) => Promise<{ conversation_id: number }[]>;

const bucketsFrom = (low: number, high: number) =>
  Array.from({ length: high - low + 1 }, (_, i) => `'~${low + i}'`).join(' | ');

/**
 * Runs `window` over id buckets from the newest back until `wanted` conversations were found or no bucket is
 * left. Each window's condition pairs the words with bucket words, so GIN intersects them inside the index:
 * a word found in half the messages costs what its newest matches cost.
 */
async function newestFirst<Row extends { conversation_id: number }>(
  newestId: number | null,
  document: RawBuilder<unknown>,
  tsquery: string,
  wanted: number,
  window: Window,
): Promise<Row[]> {
  if (newestId === null) return [];
  const found: Row[] = [];
  const conversations = new Set<number>();
  let high = Math.floor(newestId / 2 ** BUCKET_BITS);
  let span = FIRST_SPAN;
  while (high >= 0 && conversations.size < wanted) {
    const last = span > MAX_SPAN;
    const low = last ? 0 : Math.max(0, high - span + 1);
    const match = last
      ? sql<SqlBool>`${document} @@ ${tsquery}::tsquery AND id < ${(high + 1) * 2 ** BUCKET_BITS}`
      : sql<SqlBool>`${document} @@ (${tsquery}::tsquery && ${bucketsFrom(low, high)}::tsquery)`;
    const rows = (await window(match)) as Row[];
    for (const row of rows) {
      found.push(row);
      conversations.add(row.conversation_id);
    }
    high = low - 1;
    span *= 4;
  }
  return found;
}

/** Comments, notes and other parts with text that match, newest buckets first. */
export async function findPartHits(db: Db, workspaceId: string, tsquery: string, wanted: number): Promise<PartHit[]> {
  const newest = await db
    .selectFrom('conversation_parts')
    .select(sql<number | null>`max(id)`.as('id'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const document = sql`charla_search_bucketed_document(id, body)`;
  return newestFirst<PartHit>(newest?.id ?? null, document, tsquery, wanted, (match) =>
    db
      .selectFrom('conversation_parts')
      .select(['id', 'conversation_id', 'part_type', sql<string>`body`.as('body')])
      .where('workspace_id', '=', workspaceId)
      .where(match)
      .limit(ROWS_PER_WINDOW)
      .execute(),
  );
}

/** The indexed text of a conversation (the migration's expression): title, subject and first message. */
export const conversationDocument = sql`charla_search_bucketed_document(conversations.id,
  coalesce(conversations.title, '') || ' ' || coalesce(conversations.source_subject, '') || ' '
  || coalesce(conversations.source_body, ''))`;

/** Conversations whose title, subject or first message match, newest buckets first. */
export async function findConversationHits(
  db: Db,
  workspaceId: string,
  tsquery: string,
  wanted: number,
): Promise<{ conversation_id: number }[]> {
  const newest = await db
    .selectFrom('conversations')
    .select(sql<number | null>`max(id)`.as('id'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return newestFirst(newest?.id ?? null, conversationDocument, tsquery, wanted, (match) =>
    db
      .selectFrom('conversations')
      .select('id as conversation_id')
      .where('workspace_id', '=', workspaceId)
      .where(match)
      .limit(ROWS_PER_WINDOW)
      .execute(),
  );
}

/** The indexed text of a contact (the migration's expression): name and email. */
export const contactDocument = sql`charla_search_document(coalesce(contacts.name, '') || ' ' || coalesce(contacts.email, ''))`;

/** Live contacts whose name or email match (at most `limit`, unordered: the caller ranks them). */
export function findContactHits(db: Db, workspaceId: string, tsquery: string, limit: number): Promise<ContactHit[]> {
  return db
    .selectFrom('contacts')
    .select(['id', 'name', 'email'])
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .where(sql<SqlBool>`${contactDocument} @@ ${tsquery}::tsquery`)
    .limit(limit)
    .execute();
}

/** The newest conversations of these contacts (a contact's match makes their conversations results too). */
export async function findContactConversations(
  db: Db,
  workspaceId: string,
  contactIds: number[],
  limit: number,
): Promise<{ conversation_id: number; contact_id: number }[]> {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('conversations')
    .select(['id as conversation_id', 'contact_id'])
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', 'in', contactIds)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
