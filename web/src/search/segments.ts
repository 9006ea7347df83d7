import type { SearchSnippet } from '../../../protocol/search.ts';

export interface Segment {
  text: string;
  isMatch: boolean;
}

/**
 * A snippet cut into plain and matched pieces, from the server's [start, end) ranges: the client builds <mark>
 * elements from text, so nothing the server sends is ever read as HTML. Ranges out of order, overlapping or
 * out of bounds are skipped rather than trusted.
 */
export function snippetSegments(snippet: SearchSnippet): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start < at || end <= start || end > snippet.text.length) continue;
    if (start > at) segments.push({ text: snippet.text.slice(at, start), isMatch: false });
    segments.push({ text: snippet.text.slice(start, end), isMatch: true });
    at = end;
  }
  if (at < snippet.text.length) segments.push({ text: snippet.text.slice(at), isMatch: false });
  return segments;
}
