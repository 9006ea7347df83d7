import type { SearchSnippet } from '../../../protocol/search.ts';
import { snippetSegments } from './segments.ts';

/** Text with its matches in <mark>, built from plain text (never HTML from the server). */
export function Highlighted({ snippet }: { snippet: SearchSnippet }) {
  return (
    <>
      {snippetSegments(snippet).map((segment, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments of one text, in order, never reordered.
        segment.isMatch ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
