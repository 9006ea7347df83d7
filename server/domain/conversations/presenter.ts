import type { Conversation, ConversationPart, Tag } from '../../../protocol/conversations.ts';
import { sanitizeBody } from '../../lib/sanitize.ts';
import { unixSeconds, unixSecondsOrNull } from '../../lib/time.ts';
import type { AppliedTag, ContactSummary, ConversationContext, ConversationRow, PartRow, Person } from './rows.ts';

const BOT = { name: 'Charla Bot', email: null };

function personOf(type: string, id: string | null, context: ConversationContext): Person {
  if (type === 'admin' && id) return context.teammates.get(Number(id)) ?? { name: null, email: null };
  if ((type === 'user' || type === 'lead') && context.contact && id === String(context.contact.id)) {
    return { name: context.contact.name, email: context.contact.email };
  }
  return type === 'bot' ? BOT : { name: null, email: null };
}

export function presentTag({ tag, appliedAt, appliedBy }: AppliedTag): Tag {
  return {
    type: 'tag',
    id: String(tag.id),
    name: tag.name,
    applied_at: unixSeconds(appliedAt),
    applied_by: appliedBy === null ? null : { type: 'admin', id: String(appliedBy) },
  };
}

export function presentPart(part: PartRow, context: ConversationContext): ConversationPart {
  const at = unixSeconds(part.created_at);
  return {
    type: 'conversation_part',
    id: String(part.id),
    part_type: part.part_type,
    body: sanitizeBody(part.body),
    created_at: at,
    updated_at: at,
    notified_at: at,
    assigned_to: part.assigned_to_type
      ? {
          type: part.assigned_to_type,
          id: part.assigned_to_id === null ? null : String(part.assigned_to_id),
        }
      : null,
    author: { type: part.author_type, id: part.author_id, ...personOf(part.author_type, part.author_id, context) },
    attachments: [],
    external_id: null,
    redacted: false,
    state: part.state,
    public: part.is_public,
    metadata: part.metadata,
  };
}

function contactRef(contact: ContactSummary | undefined, id: number) {
  return {
    type: 'contact' as const,
    id: String(id),
    external_id: contact?.external_id ?? null,
    name: contact?.name ?? null,
    email: contact?.email ?? null,
  };
}

function secondsBetween(from: Date, to: Date | null): number | null {
  return to ? Math.max(0, unixSeconds(to) - unixSeconds(from)) : null;
}

/** A conversation as Intercom's `Conversation`; parts are included when the context carries them. */
export function presentConversation(row: ConversationRow, context: ConversationContext): Conversation {
  const author = personOf(row.source_author_type, row.source_author_id, context);
  const conversation: Conversation = {
    type: 'conversation',
    id: String(row.id),
    title: row.title,
    created_at: unixSeconds(row.created_at),
    updated_at: unixSeconds(row.updated_at),
    waiting_since: unixSecondsOrNull(row.waiting_since),
    snoozed_until: unixSecondsOrNull(row.snoozed_until),
    open: row.state !== 'closed',
    state: row.state,
    read: context.read,
    priority: row.priority ? 'priority' : 'not_priority',
    admin_assignee_id: row.admin_assignee_id,
    team_assignee_id: row.team_assignee_id,
    tags: { type: 'tag.list', tags: context.tags.map(presentTag) },
    conversation_rating: null,
    source: {
      type: row.source_type,
      id: String(row.id),
      delivered_as: row.source_delivered_as,
      subject: row.source_subject ?? '',
      body: sanitizeBody(row.source_body) ?? '',
      author: { type: row.source_author_type, id: row.source_author_id, ...author },
      attachments: [],
      url: null,
      redacted: false,
    },
    contacts: { type: 'contact.list', contacts: [contactRef(context.contact, row.contact_id)] },
    teammates: {
      type: 'admin.list',
      admins: row.admin_assignee_id === null ? [] : [{ type: 'admin', id: String(row.admin_assignee_id) }],
    },
    custom_attributes: row.custom_attributes,
    first_contact_reply:
      row.source_delivered_as === 'customer_initiated'
        ? { created_at: unixSeconds(row.created_at), type: 'conversation', url: null }
        : null,
    sla_applied: null,
    statistics: {
      type: 'conversation_statistics',
      first_admin_reply_at: unixSecondsOrNull(row.first_admin_reply_at),
      last_admin_reply_at: unixSecondsOrNull(row.last_admin_reply_at),
      last_contact_reply_at: unixSecondsOrNull(row.last_customer_part_at),
      first_close_at: unixSecondsOrNull(row.first_closed_at),
      last_close_at: unixSecondsOrNull(row.last_closed_at),
      last_closed_by_id: row.last_closed_by_id === null ? null : String(row.last_closed_by_id),
      time_to_admin_reply: secondsBetween(row.created_at, row.first_admin_reply_at),
      time_to_first_close: secondsBetween(row.created_at, row.first_closed_at),
      count_reopens: row.count_reopens,
      count_assignments: row.count_assignments,
      count_conversation_parts: row.parts_count,
    },
    linked_objects: {
      type: 'list',
      total_count: context.linkedTickets?.length ?? 0,
      has_more: false,
      data: (context.linkedTickets ?? []).map((ticket) => ({
        type: 'ticket',
        id: String(ticket.id),
        category: ticket.category,
      })),
    },
    ticket: null,
    last_part_at: unixSeconds(row.last_part_at),
    last_part_preview: row.last_part_preview,
    last_part_is_note: row.last_part_is_note,
    bot_phase: row.bot_phase,
    ticket_state: row.ticket_state,
    created_by_admin_id: row.created_by_teammate_id === null ? null : String(row.created_by_teammate_id),
  };
  if (!context.parts) return conversation;
  return {
    ...conversation,
    conversation_parts: {
      type: 'conversation_part.list',
      conversation_parts: context.parts.map((part) => presentPart(part, context)),
      total_count: row.parts_count,
    },
  };
}
