import { sql } from 'kysely';
import type { InboxSearchResult } from '../../../protocol/search.ts';
import type { Db } from '../../db/index.ts';
import {
  type ContactHit,
  findContactConversations,
  findContactHits,
  findConversationHits,
  findPartHits,
} from './candidates.ts';
import { presentContactHit, presentConversationHit, type SearchedConversation } from './presenter.ts';
import { type Candidate, rankCandidates, rankContacts } from './ranking.ts';
import { cleanSearchText, hasSearchableWord, queryWords, textQuery } from './text-query.ts';

/** Conversations gathered before ranking: a few pages' worth of the newest matches. */
const CANDIDATES_PER_RESULT = 3;
/** Contacts read to rank from, shown in the contacts group, and whose conversations join the candidates. */
const CONTACTS_READ = 100;
const CONTACTS_SHOWN = 5;
const CONTACTS_FOLLOWED = 20;

/**
 * The inbox's search: conversations whose messages or notes, title, first message or contact match `text`
 * (every word; the last as a prefix, as the agent types), ranked, with a highlighted snippet each; and
 * matching contacts. Scoped to the workspace, where every teammate sees every conversation (as in views).
 */
export async function searchInbox(
  db: Db,
  workspaceId: string,
  text: string,
  perPage: number,
): Promise<InboxSearchResult> {
  const result: InboxSearchResult = { type: 'search.result', q: text, conversations: [], contacts: [] };
  const cleaned = cleanSearchText(text);
  if (!hasSearchableWord(cleaned)) return result;
  const built = await sql<{ tsquery: string | null }>`SELECT ${textQuery(cleaned, 'last')} AS tsquery`.execute(db);
  const tsquery = built.rows[0]?.tsquery;
  if (!tsquery) return result;
  const words = queryWords(tsquery);
  const wanted = perPage * CANDIDATES_PER_RESULT;

  const [contactHits, parts, conversationHits] = await Promise.all([
    findContactHits(db, workspaceId, tsquery, CONTACTS_READ),
    findPartHits(db, workspaceId, tsquery, wanted),
    findConversationHits(db, workspaceId, tsquery, wanted),
  ]);
  const contacts = rankContacts(contactHits, words);
  const followed = contacts.slice(0, CONTACTS_FOLLOWED).map((contact) => contact.id);
  const contactConversations = await findContactConversations(db, workspaceId, followed, wanted);

  const candidates = new Map<number, Candidate>();
  const candidate = (id: number) => {
    const found = candidates.get(id) ?? { id, parts: [], byConversation: false, byContact: false };
    candidates.set(id, found);
    return found;
  };
  for (const part of parts) candidate(part.conversation_id).parts.push(part);
  for (const hit of conversationHits) candidate(hit.conversation_id).byConversation = true;
  for (const hit of contactConversations) candidate(hit.conversation_id).byContact = true;

  const rows = await loadConversations(db, workspaceId, [...candidates.keys()]);
  const ranked = rankCandidates([...candidates.values()], rows, words).slice(0, perPage);
  const latest = await latestConversations(db, workspaceId, contacts.slice(0, CONTACTS_SHOWN));
  return {
    ...result,
    conversations: ranked.map(({ candidate: found, row }) => presentConversationHit(row, found, words)),
    contacts: contacts
      .slice(0, CONTACTS_SHOWN)
      .map((contact) => presentContactHit(contact, latest.get(contact.id) ?? null, words)),
  };
}

async function loadConversations(
  db: Db,
  workspaceId: string,
  ids: number[],
): Promise<Map<number, SearchedConversation>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('conversations')
    .innerJoin('contacts', (join) =>
      join
        .onRef('contacts.workspace_id', '=', 'conversations.workspace_id')
        .onRef('contacts.id', '=', 'conversations.contact_id'),
    )
    .select([
      'conversations.id',
      'conversations.title',
      'conversations.state',
      'conversations.updated_at',
      'conversations.source_subject',
      'conversations.source_body',
      'conversations.last_part_preview',
      'contacts.id as contact_id',
      'contacts.name as contact_name',
      'contacts.email as contact_email',
    ])
    .where('conversations.workspace_id', '=', workspaceId)
    .where('conversations.id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Each contact's newest conversation, which opening the contact from search shows. */
async function latestConversations(db: Db, workspaceId: string, contacts: ContactHit[]): Promise<Map<number, number>> {
  if (contacts.length === 0) return new Map();
  const rows = await db
    .selectFrom('conversations')
    .select(['contact_id', 'id'])
    .distinctOn('contact_id')
    .where('workspace_id', '=', workspaceId)
    .where(
      'contact_id',
      'in',
      contacts.map((contact) => contact.id),
    )
    .orderBy('contact_id')
    .orderBy('created_at', 'desc')
    .execute();
  return new Map(rows.map((row) => [row.contact_id, row.id]));
}
