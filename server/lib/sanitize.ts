import sanitizeHtml from 'sanitize-html';

/**
 * Message bodies are stored exactly as sent and pass through here on the way out: a small allowlist of
 * formatting tags, links only to http(s)/mailto, and nothing that can run script.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote'],
  // rel and target are listed so the transform's own values survive the filter (a sender's are overwritten).
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
  disallowedTagsMode: 'discard',
};

/**
 * Every answer of the reply API carries the whole thread, so the same bodies pass through here again and
 * again: the last results are kept (bounded by count and size; oldest dropped first).
 */
const recent = new Map<string, string>();
const RECENT_MAX = 2000;
const RECENT_BODY_MAX = 8000;

export function sanitizeBody(body: string | null): string | null {
  if (body === null) return null;
  const known = recent.get(body);
  if (known !== undefined) return known;
  const clean = sanitizeHtml(body, OPTIONS);
  if (body.length <= RECENT_BODY_MAX) {
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
    recent.set(body, clean);
  }
  return clean;
}

/** Plain text for previews and mention matching: tags dropped, entities decoded, spaces collapsed. */
export function toPlainText(body: string): string {
  const text = sanitizeHtml(body.replace(/<(br|\/p|\/li|\/div)\b[^>]*>/gi, ' '), {
    allowedTags: [],
    allowedAttributes: {},
  });
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
