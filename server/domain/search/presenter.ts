import type { ContactSearchHit, ConversationSearchHit } from '../../../protocol/search.ts';
import { toPlainText } from '../../lib/sanitize.ts';
import { unixSeconds } from '../../lib/time.ts';
import type { ContactHit } from './candidates.ts';
import { highlightAll, snippetAround } from './highlight.ts';
import { bestPart, type Candidate } from './ranking.ts';
import type { QueryWord } from './text-query.ts';

/** What a search result shows of a conversation and its contact. */
export interface SearchedConversation {
  id: number;
  title: string | null;
  state: 'open' | 'snoozed' | 'closed';
  updated_at: Date;
  source_subject: string | null;
  source_body: string | null;
  last_part_preview: string | null;
  contact_id: number;
  contact_name: string | null;
  contact_email: string | null;
}

/** The quoted text and what it is: the best matching message or note, else the conversation's own text. */
function quote(row: SearchedConversation, candidate: Candidate, words: QueryWord[]) {
  const part = bestPart(candidate.parts, words);
  if (part) return { matched: part.part_type === 'note' ? 'note' : 'comment', text: toPlainText(part.body) } as const;
  const own = [row.title, row.source_subject, row.source_body ? toPlainText(row.source_body) : null];
  if (candidate.byConversation) return { matched: 'conversation', text: own.filter(Boolean).join(' · ') } as const;
  return { matched: 'contact', text: row.last_part_preview ?? own.filter(Boolean).join(' · ') } as const;
}

/** One conversation result: plain text and match ranges only (the client marks them; no HTML leaves here). */
export function presentConversationHit(
  row: SearchedConversation,
  candidate: Candidate,
  words: QueryWord[],
): ConversationSearchHit {
  const { matched, text } = quote(row, candidate, words);
  return {
    type: 'conversation',
    id: String(row.id),
    title: row.title,
    state: row.state,
    updated_at: unixSeconds(row.updated_at),
    contact: {
      id: String(row.contact_id),
      name: highlightAll(row.contact_name ?? row.contact_email ?? '', words),
      email: row.contact_email,
    },
    matched,
    snippet: snippetAround(text, words),
  };
}

export function presentContactHit(
  contact: ContactHit,
  latestConversationId: number | null,
  words: QueryWord[],
): ContactSearchHit {
  return {
    type: 'contact',
    id: String(contact.id),
    name: highlightAll(contact.name ?? '', words),
    email: highlightAll(contact.email ?? '', words),
    latest_conversation_id: latestConversationId === null ? null : String(latestConversationId),
  };
}
