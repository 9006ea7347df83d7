import type { Language } from '../../../protocol/common.ts';
import type { CustomerTicketSummary, PublicTicketComment } from '../../../protocol/customer-tickets.ts';
import type { PublicTicket } from '../../../protocol/tickets.ts';
import { sanitizeBody } from '../../lib/sanitize.ts';
import { unixSeconds } from '../../lib/time.ts';
import type { PartRow } from '../conversations/rows.ts';
import type { CustomerTicket, ListedCustomerTicket } from './public-queries.ts';
import type { TicketCatalog, TicketRow, TicketStateRow } from './records.ts';

const BOT_NAME = 'Charla Bot';

/** Who wrote an entry, as the customer sees it: a teammate's name (never their email), the bot, or themselves. */
export function publicAuthor(type: string, name: string | null): PublicTicketComment['author'] {
  if (type === 'user' || type === 'lead') return { type: 'user', name: null };
  if (type === 'bot') return { type: 'bot', name: BOT_NAME };
  return { type: 'admin', name };
}

export function presentPublicComment(part: PartRow, names: Map<number, string>): PublicTicketComment {
  const name = part.author_type === 'admin' && part.author_id ? (names.get(Number(part.author_id)) ?? null) : null;
  return {
    id: String(part.id),
    part_type: part.part_type === 'ticket_state_updated' ? 'ticket_state_updated' : 'comment',
    body: sanitizeBody(part.body),
    author: publicAuthor(part.author_type, name),
    created_at: unixSeconds(part.created_at),
  };
}

export function presentCustomerState(state: TicketStateRow | undefined, language: Language) {
  if (!state) throw new Error('ticket state missing from the catalog');
  return { category: state.category, label: language === 'es' ? state.external_label_es : state.external_label_en };
}

function formatValue(dataType: string, value: unknown, language: Language): unknown {
  if (dataType === 'datetime' && typeof value === 'number') {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(value * 1000);
  }
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The type's attributes marked visible to contacts that have a value, in the type's order. */
function visibleAttributes(ticket: TicketRow, catalog: TicketCatalog, language: Language) {
  const values = ticket.attributes as Record<string, unknown>;
  const attributes = catalog.types.get(ticket.ticket_type_id)?.attributes ?? [];
  return attributes.flatMap((attribute) => {
    const value = values[attribute.name];
    const isEmpty = value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);
    if (!attribute.visible_to_contacts || attribute.archived || isEmpty) return [];
    return [{ name: attribute.name, value: formatValue(attribute.data_type, value, language) }];
  });
}

function presentHead(ticket: TicketRow, catalog: TicketCatalog, language: Language, activityAt: Date) {
  return {
    type: 'ticket' as const,
    id: String(ticket.conversation_id),
    ticket_number: ticket.ticket_number,
    title: ticket.title,
    description: ticket.description,
    state: presentCustomerState(catalog.states.get(ticket.ticket_state_id), language),
    type_name: catalog.types.get(ticket.ticket_type_id)?.type.name ?? '',
    created_at: unixSeconds(ticket.created_at),
    // Public activity only: a note or an internal change moves nothing the customer sees.
    updated_at: unixSeconds(activityAt),
  };
}

/** A ticket as its customer sees it: PublicTicket, with its timeline of public comments and state notices. */
export function presentPublicTicket(
  { ticket }: CustomerTicket,
  catalog: TicketCatalog,
  timeline: PartRow[],
  names: Map<number, string>,
  language: Language,
): PublicTicket {
  const last = timeline.at(-1)?.created_at;
  const activityAt = last && last > ticket.created_at ? last : ticket.created_at;
  return {
    ...presentHead(ticket, catalog, language, activityAt),
    attributes: visibleAttributes(ticket, catalog, language),
    comments: timeline.map((part) => presentPublicComment(part, names)),
  };
}

export function presentCustomerTicketSummary(
  listed: ListedCustomerTicket,
  catalog: TicketCatalog,
  language: Language,
): CustomerTicketSummary {
  return { ...presentHead(listed, catalog, language, listed.activity_at), unread_count: Number(listed.unread) };
}
