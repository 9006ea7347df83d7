/** A stretch of a message's text: plain, a web address to link, or an @mention of a teammate. */
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; isMine: boolean };

export interface MentionNames {
  /** Every teammate of the workspace, by full name (and unique first names): what `@…` may name. */
  names: readonly string[];
  /** The signed-in teammate's full name and, when unique, first name. */
  mine: readonly string[];
}

// http(s):// or www. up to whitespace or <, without trailing punctuation that usually ends a sentence.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const TRAILING = /[.,;:!?¡¿)\]}'’"»]+$/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The address a link may point to: only http(s), never `javascript:` or any other scheme. */
export function safeHref(address: string): string | undefined {
  const candidate = /^www\./i.test(address) ? `https://${address}` : address;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Which of `names` a teammate's `@` names here, longest first so "@Luis Pérez" wins over "@Luis". */
function mentionPattern(names: readonly string[]): RegExp | undefined {
  const sorted = [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return undefined;
  // As the server matches: not inside a word or an email, and not followed by more of a word.
  return new RegExp(`(?<![\\p{L}\\p{N}_@])@(${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

function splitLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    const address = match[0].replace(TRAILING, '');
    const href = safeHref(address);
    if (!href) continue;
    const at = match.index ?? 0;
    if (at > from) segments.push({ kind: 'text', text: text.slice(from, at) });
    segments.push({ kind: 'link', text: address, href });
    from = at + address.length;
  }
  if (from < text.length) segments.push({ kind: 'text', text: text.slice(from) });
  return segments;
}

function splitMentions(text: string, names: MentionNames): TextSegment[] {
  const pattern = mentionPattern(names.names);
  if (!pattern || !text.includes('@')) return [{ kind: 'text', text }];
  const mine = new Set(names.mine.map((name) => name.toLocaleLowerCase()));
  const segments: TextSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > from) segments.push({ kind: 'text', text: text.slice(from, at) });
    segments.push({ kind: 'mention', text: match[0], isMine: mine.has((match[1] ?? '').toLocaleLowerCase()) });
    from = at + match[0].length;
  }
  if (from < text.length) segments.push({ kind: 'text', text: text.slice(from) });
  return segments;
}

/**
 * A message's text cut into plain text, links to web addresses and @mentions. `withLinks` is false inside an
 * existing link (a link holds no other link).
 */
export function segmentText(text: string, names: MentionNames, withLinks = true): TextSegment[] {
  const linked = withLinks ? splitLinks(text) : [{ kind: 'text' as const, text }];
  return linked.flatMap((segment) => (segment.kind === 'text' ? splitMentions(segment.text, names) : [segment]));
}
