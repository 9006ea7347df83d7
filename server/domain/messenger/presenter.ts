import type { ConversationPart } from '../../../protocol/conversations.ts';
import type { CharlaEvent } from '../../../protocol/events.ts';
import type { MessengerBotState, MessengerConversation, MessengerPart } from '../../../protocol/messenger.ts';
import type { BotRunsTable } from '../../db/schema.ts';
import { sanitizeBody } from '../../lib/sanitize.ts';
import { unixSeconds } from '../../lib/time.ts';
import type { ConversationRow, PartRow } from '../conversations/rows.ts';
import { presentTicketEventForVisitor } from '../tickets/public-events.ts';

export const BOT_NAME = 'Charla Bot';
/** The id the conversation's opening message has among its parts (it is stored on the conversation). */
export const sourcePartId = (conversationId: number) => `source-${conversationId}`;

type Buttons = { id: string; label: string }[];

function buttonsOf(metadata: Record<string, unknown> | null): Buttons | null {
  const buttons = metadata?.buttons;
  return Array.isArray(buttons) ? (buttons as Buttons) : null;
}

function stepOf(metadata: Record<string, unknown> | null): string | null {
  return typeof metadata?.bot_step_id === 'string' ? metadata.bot_step_id : null;
}

/** A `ticket_linked` part's customer ticket (only customer tickets' links are public). */
function linkedTicketOf(partType: string, metadata: Record<string, unknown> | null): MessengerPart['ticket'] {
  if (partType !== 'ticket_linked' || typeof metadata?.ticket_id !== 'string') return null;
  return { id: metadata.ticket_id, ticket_number: Number(metadata.ticket_number), title: String(metadata.title ?? '') };
}

/** A part as the customer sees it: no emails, no internal metadata. */
export function presentMessengerPart(part: PartRow, names: Map<number, string>): MessengerPart {
  const isAdmin = part.author_type === 'admin' && part.author_id !== null;
  return {
    type: 'messenger.part',
    id: String(part.id),
    conversation_id: String(part.conversation_id),
    part_type: part.part_type,
    body: sanitizeBody(part.body),
    author: {
      type: part.author_type,
      name: isAdmin ? (names.get(Number(part.author_id)) ?? null) : part.author_type === 'bot' ? BOT_NAME : null,
    },
    created_at: unixSeconds(part.created_at),
    buttons: buttonsOf(part.metadata),
    step_id: stepOf(part.metadata),
    ticket: linkedTicketOf(part.part_type, part.metadata),
  };
}

/** The same, from a part as live events carry it (already sanitized). */
export function messengerPartFromEvent(conversationId: string, part: ConversationPart): MessengerPart {
  return {
    type: 'messenger.part',
    id: part.id,
    conversation_id: conversationId,
    part_type: part.part_type,
    body: part.body,
    author: { type: part.author.type, name: part.author.type === 'bot' ? BOT_NAME : part.author.name },
    created_at: part.created_at,
    buttons: buttonsOf(part.metadata),
    step_id: stepOf(part.metadata),
    ticket: linkedTicketOf(part.part_type, part.metadata),
  };
}

export function presentSourcePart(row: ConversationRow): MessengerPart {
  return {
    type: 'messenger.part',
    id: sourcePartId(row.id),
    conversation_id: String(row.id),
    part_type: 'comment',
    body: sanitizeBody(row.source_body),
    author: { type: row.source_author_type, name: null },
    created_at: unixSeconds(row.created_at),
    buttons: null,
    step_id: null,
  };
}

type BotRun = Pick<BotRunsTable, 'status' | 'step_id'>;

/** What the bot waits for: the buttons of the question it asked last, or text. */
export function presentBotState(row: ConversationRow, run: BotRun | undefined, lastBotPart: PartRow | undefined) {
  if (!run || row.bot_phase === null) return null;
  const waiting = run.status === 'waiting' && row.bot_phase === 'bot';
  if (!waiting) return { status: 'done', step_id: null, input: null, buttons: null } satisfies MessengerBotState;
  const asked = lastBotPart && stepOf(lastBotPart.metadata) === run.step_id ? buttonsOf(lastBotPart.metadata) : null;
  return {
    status: 'waiting',
    step_id: run.step_id,
    input: asked ? 'buttons' : 'text',
    buttons: asked,
  } satisfies MessengerBotState;
}

export function presentMessengerConversation(
  row: ConversationRow,
  extra: {
    unread: number;
    bot: MessengerBotState | null;
    lastAuthor: { type: string; name: string | null } | null;
    parts?: MessengerPart[];
  },
): MessengerConversation {
  return {
    type: 'messenger.conversation',
    id: String(row.id),
    state: row.state,
    created_at: unixSeconds(row.created_at),
    updated_at: unixSeconds(row.updated_at),
    last_part_preview: row.last_part_preview,
    last_part_author: extra.lastAuthor,
    unread_count: extra.unread,
    bot: extra.bot,
    ...(extra.parts ? { parts: extra.parts } : {}),
  };
}

/**
 * A public event as a visitor's stream carries it: parts in the messenger's shape (no teammate emails, no
 * internal metadata), and nothing else of the agents' payloads. A customer ticket's events come in the ticket
 * view's shape instead (`presentTicketEventForVisitor`), and the rest of a ticket's events not at all (undefined:
 * visitors' streams have gaps by design).
 */
export function presentEventForVisitor(event: CharlaEvent): CharlaEvent | undefined {
  const ticketEvent = presentTicketEventForVisitor(event);
  if (ticketEvent !== undefined) return ticketEvent ?? undefined;
  const conversationId = event.conversation_id ?? '';
  const data = event.data as { state?: string; part?: ConversationPart };
  if (event.topic === 'conversation.part.created' && data.part) {
    return {
      ...event,
      data: {
        conversation_id: conversationId,
        state: data.state,
        part: messengerPartFromEvent(conversationId, data.part),
      },
    };
  }
  const conversation = event.data.conversation as { id?: string; state?: string; created_at?: number } | undefined;
  const source = event.data.source as
    | { body: string | null; author: { type: MessengerPart['author']['type'] } }
    | undefined;
  if (event.topic === 'conversation.created' && conversation && source) {
    // The opening message, as the conversation's first part (another tab of the same visitor shows it).
    const part: MessengerPart = {
      type: 'messenger.part',
      id: sourcePartId(Number(conversationId)),
      conversation_id: conversationId,
      part_type: 'comment',
      body: source.body,
      author: { type: source.author.type, name: null },
      created_at: conversation.created_at ?? event.created_at,
      buttons: null,
      step_id: null,
    };
    return { ...event, data: { conversation_id: conversationId, state: conversation.state, part } };
  }
  return {
    ...event,
    data: { conversation_id: conversationId, ...(conversation?.state ? { state: conversation.state } : {}) },
  };
}
