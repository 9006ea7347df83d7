import type { EventTopic } from '../../../protocol/events.ts';
import type { WebhookTopic } from '../../../protocol/webhooks.ts';
import type { StoredEvent } from '../../events/outbox.ts';
import { conversationItem, type Item, type ItemLoader, payloadItem, ticketItem } from './items.ts';

/**
 * How one kind of Charla event becomes webhook notifications: the topics it is, and the item they carry (the
 * resource as the REST API presents it; `load` has the batch's conversations, and `db` to render anything else).
 */
export interface WebhookRule {
  topics: (event: StoredEvent) => WebhookTopic[];
  item: (event: StoredEvent, load: ItemLoader) => Item | Promise<Item>;
}

/** An event that is exactly one topic, carrying what its domain recorded under `key` (that entity's presenter). */
function sameAs(topic: WebhookTopic, key: string): WebhookRule {
  return { topics: () => [topic], item: payloadItem(key) };
}

interface PartData {
  part?: { part_type?: string; author?: { type?: string }; metadata?: { reason?: string } | null };
}

const isCustomer = (authorType: string | undefined) => authorType === 'user' || authorType === 'lead';

/** Set on the events of a conversation that is a ticket: they send ticket topics instead. */
function isTicket(event: StoredEvent): boolean {
  const payload = event.payload as { ticket_state?: unknown; conversation?: { ticket_state?: unknown } };
  return (payload.ticket_state ?? payload.conversation?.ticket_state ?? null) !== null;
}

function ticketPartTopics(event: StoredEvent): WebhookTopic[] {
  const { part } = event.payload as PartData;
  const author = part?.author?.type;
  switch (part?.part_type) {
    case 'comment':
    case 'quick_reply':
      if (isCustomer(author)) return ['ticket.contact.replied'];
      return author === 'admin' ? ['ticket.admin.replied'] : [];
    case 'note':
      return ['ticket.note.created'];
    case 'assignment':
      return ['ticket.admin.assigned'];
    case 'ticket_state_updated':
      return ['ticket.state.updated'];
    default:
      return [];
  }
}

function startedTopics(event: StoredEvent): WebhookTopic[] {
  if (isTicket(event)) return [];
  const source = event.payload.source as { author?: { type?: string } } | undefined;
  if (isCustomer(source?.author?.type)) return ['conversation.user.created'];
  return source?.author?.type === 'admin' ? ['conversation.admin.single.created'] : [];
}

function partTopics(event: StoredEvent): WebhookTopic[] {
  if (isTicket(event)) return ticketPartTopics(event);
  const { part } = event.payload as PartData;
  const author = part?.author?.type;
  switch (part?.part_type) {
    case 'comment':
    case 'quick_reply':
      if (isCustomer(author)) return ['conversation.user.replied'];
      return author === 'admin' ? ['conversation.admin.replied'] : [];
    case 'note':
      return author === 'admin' ? ['conversation.admin.noted'] : [];
    case 'assignment':
      return ['conversation.admin.assigned'];
    case 'close':
      return ['conversation.admin.closed'];
    case 'snoozed':
      return ['conversation.admin.snoozed'];
    case 'open':
      return part.metadata?.reason === 'snooze_expired'
        ? ['conversation.admin.unsnoozed']
        : ['conversation.admin.opened'];
    default:
      return [];
  }
}

/**
 * Charla event topic → webhook topics and item: the one table. Events not listed send nothing. A ticket is a
 * conversation: its parts send ticket topics (replies, notes, assignment, state changes) with the ticket as
 * the item, and its creation sends `ticket.created`.
 */
export const WEBHOOK_RULES: Partial<Record<EventTopic, WebhookRule>> = {
  'conversation.created': { topics: startedTopics, item: conversationItem },
  'conversation.part.created': {
    topics: partTopics,
    item: (event, load) => (isTicket(event) ? ticketItem(event, load) : conversationItem(event, load)),
  },
  'ticket.created': { topics: () => ['ticket.created'], item: ticketItem },
  'contact.created': sameAs('contact.created', 'contact'),
  'contact.updated': sameAs('contact.updated', 'contact'),
  'contact.deleted': sameAs('contact.deleted', 'contact'),
};

export function webhookTopicsOf(event: StoredEvent): WebhookTopic[] {
  return WEBHOOK_RULES[event.type as EventTopic]?.topics(event) ?? [];
}
