import type { Conversation } from '../../../../protocol/conversations.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
const MAX_TITLE = 120;

/** Plain text of a sanitized message body: tags dropped, block breaks as spaces, common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cut at a word boundary, with an ellipsis, so a long first message still makes a readable title. */
function shorten(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const cut = text.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const isCustomer = (type: string) => type === 'user' || type === 'lead';

/** What a new ticket is called at first: the conversation's title, else what the customer first wrote. */
export function suggestedTitle(conversation: Conversation): string {
  if (conversation.title?.trim()) return shorten(conversation.title.trim());
  const parts = conversation.conversation_parts?.conversation_parts ?? [];
  const first = isCustomer(conversation.source.author.type)
    ? conversation.source.body
    : parts.find((part) => isCustomer(part.author.type) && part.part_type === 'comment')?.body;
  return shorten(htmlToText(first ?? ''));
}
