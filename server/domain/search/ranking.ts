import type { ContactHit, PartHit } from './candidates.ts';
import { foldWord, highlightRanges } from './highlight.ts';
import type { SearchedConversation } from './presenter.ts';
import type { QueryWord } from './text-query.ts';

/** A conversation found by search, and how: its matching parts, its own text, its contact. */
export interface Candidate {
  id: number;
  parts: PartHit[];
  byConversation: boolean;
  byContact: boolean;
}

const TAG = /<[^>]*>/g;

/** How well `text` matches: each matching word counts, a word that is exactly a query word counts twice. */
export function matchScore(text: string, words: QueryWord[]): number {
  let score = 0;
  for (const [start, end] of highlightRanges(text, words)) {
    const folded = foldWord(text.slice(start, end));
    score += words.some(({ word }) => word === folded) ? 2 : 1;
  }
  return score;
}

/** The part to quote: the best match, the newest among equals. */
export function bestPart(parts: PartHit[], words: QueryWord[]): PartHit | undefined {
  let best: { part: PartHit; score: number } | undefined;
  for (const part of parts) {
    const score = matchScore(part.body.replace(TAG, ' '), words);
    if (!best || score > best.score || (score === best.score && part.id > best.part.id)) best = { part, score };
  }
  return best?.part;
}

function score(candidate: Candidate, words: QueryWord[]): number {
  const part = bestPart(candidate.parts, words);
  const partScore = part ? Math.min(matchScore(part.body.replace(TAG, ' '), words), 6) : 0;
  return (
    (candidate.byContact ? 8 : 0) + (candidate.byConversation ? 4 : 0) + partScore + Math.min(candidate.parts.length, 3)
  );
}

/**
 * Conversations in order of relevance: a match on the contact's name or email first (looking a customer up),
 * then on the conversation's title or first message, then by how many and how exactly its messages match;
 * the most recently updated first among equals.
 */
export function rankCandidates(
  candidates: Candidate[],
  rows: Map<number, SearchedConversation>,
  words: QueryWord[],
): { candidate: Candidate; row: SearchedConversation; score: number }[] {
  const ranked = [];
  for (const candidate of candidates) {
    const row = rows.get(candidate.id);
    if (row) ranked.push({ candidate, row, score: score(candidate, words) });
  }
  return ranked.sort(
    (a, b) => b.score - a.score || b.row.updated_at.getTime() - a.row.updated_at.getTime() || b.row.id - a.row.id,
  );
}

/** Contacts whose name matches best first (exact words above prefixes), then by email; newest among equals. */
export function rankContacts(contacts: ContactHit[], words: QueryWord[]): ContactHit[] {
  const scored = contacts.map((contact) => ({
    contact,
    score: 2 * matchScore(contact.name ?? '', words) + matchScore(contact.email ?? '', words),
  }));
  return scored.sort((a, b) => b.score - a.score || b.contact.id - a.contact.id).map(({ contact }) => contact);
}
