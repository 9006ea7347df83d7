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

export function sanitizeBody(body: string | null): string | null {
  return body === null ? null : sanitizeHtml(body, OPTIONS);
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
