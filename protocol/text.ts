const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * What a person typed (a teammate, a customer in the messenger, an admin's bot text), as the HTML body the API stores: escaped, a paragraph per blank-line-separated block,
 * single line breaks kept. The server sanitizes bodies anyway; escaping keeps typed `<b>` literal.
 */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((block) => `<p>${block.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
