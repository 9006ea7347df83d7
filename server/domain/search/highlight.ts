import type { SearchSnippet } from '../../../protocol/search.ts';
import type { QueryWord } from './text-query.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SNIPPET_LENGTH = 160;
/** Text kept before the first match, so the agent sees what led to it. */
const LEAD = 40;

/** A word as the search document holds it: accents dropped (NFD without Latin diacritics), lower case. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Whether a word of text (folded) is one the query asks for: equal to a whole word, or under a prefix. */
export function isQueryWord(folded: string, words: QueryWord[]): boolean {
  return words.some(({ word, prefix }) => (prefix ? folded.startsWith(word) : folded === word));
}

/** The [start, end) ranges of the words in `text` that the query matches. */
export function highlightRanges(text: string, words: QueryWord[]): [number, number][] {
  if (words.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (isQueryWord(foldWord(match[0]), words)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** All of a short text (a name, an email) with its matches. */
export function highlightAll(text: string, words: QueryWord[]): SearchSnippet {
  return { text, highlights: highlightRanges(text, words) };
}

/**
 * About SNIPPET_LENGTH characters of plain `text` around its first match, cut at word boundaries with "…"
 * where text was left out, and the matches inside it.
 */
export function snippetAround(text: string, words: QueryWord[]): SearchSnippet {
  const ranges = highlightRanges(text, words);
  if (text.length <= SNIPPET_LENGTH) return { text, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > first) start = first;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  const highlights = ranges
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]) => [from + shift, to + shift] as [number, number]);
  return { text: `${before}${text.slice(start, end)}${after}`, highlights };
}
