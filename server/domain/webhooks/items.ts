import type { Conversation } from '../../../protocol/conversations.ts';
import type { Ticket } from '../../../protocol/tickets.ts';
import type { Db } from '../../db/index.ts';
import type { StoredEvent } from '../../events/outbox.ts';
import { renderConversations } from '../conversations/render.ts';
import { renderTickets } from '../tickets/render.ts';

/**
 * The resources a batch of events refers to, loaded once for the whole batch; `db` (the dispatcher's
 * transaction) and `workspaceId` are there for items that load what they need themselves.
 */
export interface ItemLoader {
  db: Db;
  workspaceId: string;
  conversation(id: number): Conversation | undefined;
  /** The ticket with this id (a ticket is a conversation), when it is one. */
  ticket(id: number): Ticket | undefined;
}

export type Item = Record<string, unknown>;

/** Renders every conversation the events name, as the REST API presents them, in two queries. */
export async function loadItems(db: Db, workspaceId: string, events: StoredEvent[]): Promise<ItemLoader> {
  const ids = [...new Set(events.flatMap((event) => (event.conversation_id === null ? [] : [event.conversation_id])))];
  if (ids.length === 0) return { db, workspaceId, conversation: () => undefined, ticket: () => undefined };
  const rows = await db
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const rendered = await renderConversations(db, workspaceId, rows);
  const byId = new Map(rendered.map((conversation) => [Number(conversation.id), conversation]));
  const tickets = await renderTickets(
    db,
    workspaceId,
    rows.filter((row) => row.ticket_state !== null),
  );
  const ticketsById = new Map(tickets.map((ticket) => [Number(ticket.id), ticket]));
  return { db, workspaceId, conversation: (id) => byId.get(id), ticket: (id) => ticketsById.get(id) };
}

/** Intercom's ticket item: the ticket now, with `ticket_parts` holding the part that triggered it (if any). */
export function ticketItem(event: StoredEvent, load: ItemLoader): Item {
  const ticket = event.conversation_id === null ? undefined : load.ticket(event.conversation_id);
  if (!ticket) return event.payload;
  const part = event.payload.part as
    | { id: string; part_type: string; body: string | null; created_at: number; author: Record<string, unknown> }
    | undefined;
  const parts = part
    ? [
        {
          type: 'ticket_part',
          id: part.id,
          part_type: part.part_type,
          body: part.body,
          created_at: part.created_at,
          updated_at: part.created_at,
          author: part.author,
        },
      ]
    : [];
  return { ...ticket, ticket_parts: { type: 'ticket_part.list', ticket_parts: parts, total_count: parts.length } };
}

/**
 * Intercom's conversation item: the conversation now, with `conversation_parts` holding the part that triggered
 * the notification (as it was presented in the event), or none for a new conversation (its message is `source`).
 */
export function conversationItem(event: StoredEvent, load: ItemLoader): Item {
  const conversation = event.conversation_id === null ? undefined : load.conversation(event.conversation_id);
  if (!conversation) return event.payload;
  const part = event.payload.part;
  const parts = part ? [part as NonNullable<Conversation['conversation_parts']>['conversation_parts'][number]] : [];
  return {
    ...conversation,
    conversation_parts: { type: 'conversation_part.list', conversation_parts: parts, total_count: parts.length },
  };
}

/** The item the recording domain put in the event under `key` (its presenter's output, e.g. a contact). */
export function payloadItem(key: string): (event: StoredEvent) => Item {
  return (event) => {
    const item = event.payload[key];
    return item && typeof item === 'object' ? (item as Item) : event.payload;
  };
}
