import type { Updateable } from 'kysely';
import type { Db } from '../../db/index.ts';
import type { AuthorType, ConversationState, ConversationsTable } from '../../db/schema.ts';
import type { Emit } from '../../events/transact.ts';
import { toPlainText } from '../../lib/sanitize.ts';
import { presentPart } from './presenter.ts';
import type { ConversationContext, ConversationRow, PartRow } from './rows.ts';
import { presentConversationSummary } from './summary.ts';

export type PartType =
  | 'comment'
  | 'note'
  | 'quick_reply'
  | 'assignment'
  | 'open'
  | 'close'
  | 'snoozed'
  | 'tag_added'
  | 'tag_removed'
  | 'priority_changed'
  | 'attribute_updated'
  | 'bot_handed_off'
  | 'ticket_state_updated'
  | 'ticket_linked'
  | 'ticket_attribute_updated';

export interface NewPart {
  partType: PartType;
  authorType: AuthorType;
  authorId: string | null;
  body?: string | null;
  assignedTo?: { type: 'admin' | 'team' | 'nobody'; id: number | null };
  /** Comments are public; notes and internal events are for teammates only. */
  isPublic: boolean;
  /** Every event of it stays with teammates, even a state change (back-office tickets). */
  internalOnly?: boolean;
  metadata?: Record<string, unknown>;
  createdAt?: Date;
  /** Conversation columns this part changes (state, assignee, …). */
  changes?: Updateable<ConversationsTable>;
  /** An automatic assignment also moves its team's round-robin position, in the same statement. */
  rotation?: { teamId: number; lastTeammateId: number };
}

const MESSAGE_PARTS = new Set<PartType>(['comment', 'note', 'quick_reply']);
const PREVIEW_LENGTH = 140;

function messageChanges(row: ConversationRow, part: NewPart, at: Date): Updateable<ConversationsTable> {
  if (!MESSAGE_PARTS.has(part.partType)) return {};
  const preview = toPlainText(part.body ?? '').slice(0, PREVIEW_LENGTH);
  const common = {
    last_part_preview: preview,
    last_part_author_type: part.authorType,
    last_part_is_note: part.partType === 'note',
  };
  if (part.partType === 'note') return common;
  const isCustomer = part.authorType === 'user' || part.authorType === 'lead';
  if (isCustomer) return { ...common, waiting_since: row.waiting_since ?? at, last_customer_part_at: at };
  if (part.authorType === 'admin') {
    return {
      ...common,
      waiting_since: null,
      last_admin_reply_at: at,
      first_admin_reply_at: row.first_admin_reply_at ?? at,
    };
  }
  return common;
}

/**
 * Adds one part to a locked conversation and applies what it changes, emitting the part (public or
 * teammates-only) and the updated conversation summary. Returns the new rows.
 */
export async function appendPart(
  trx: Db,
  emit: Emit,
  row: ConversationRow,
  part: NewPart,
  context: ConversationContext,
): Promise<{ conversation: ConversationRow; part: PartRow }> {
  const at = part.createdAt ?? new Date();
  const changes = { ...messageChanges(row, part, at), ...part.changes };
  const state = (changes.state ?? row.state) as ConversationState;
  const values = {
    workspace_id: row.workspace_id,
    conversation_id: row.id,
    part_type: part.partType,
    author_type: part.authorType,
    author_id: part.authorId,
    body: part.body ?? null,
    assigned_to_type: part.assignedTo?.type ?? null,
    assigned_to_id: part.assignedTo?.id ?? null,
    is_public: part.isPublic,
    state,
    metadata: part.metadata ?? null,
    created_at: at,
  };
  // One statement (one round trip) inserts the part and updates the conversation.
  const withPart = trx.with('part', (db) =>
    db
      .insertInto('conversation_parts')
      .values({ ...values, metadata: values.metadata ? JSON.stringify(values.metadata) : null })
      .returning('id'),
  );
  const { rotation } = part;
  const statement = rotation
    ? (withPart.with('rotation', (db) =>
        db
          .updateTable('teams')
          .set({ rotation_last_teammate_id: rotation.lastTeammateId })
          .where('workspace_id', '=', row.workspace_id)
          .where('id', '=', rotation.teamId)
          .returning('id'),
      ) as unknown as typeof withPart)
    : withPart;
  const { part_id: partId, ...conversation } = await statement
    .updateTable('conversations')
    .set((eb) => ({
      ...changes,
      last_part_at: at,
      parts_count: eb('parts_count', '+', 1),
      updated_at: new Date(),
    }))
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', row.id)
    .returningAll()
    .returning((eb) => eb.selectFrom('part').select('part.id').as('part_id'))
    .executeTakeFirstOrThrow();
  const inserted: PartRow = { ...values, id: Number(partId) };
  emit({
    topic: 'conversation.part.created',
    audience: part.isPublic && !part.internalOnly ? 'public' : 'agents',
    conversationId: row.id,
    contactId: row.contact_id,
    data: {
      conversation_id: String(row.id),
      state: conversation.state,
      // Set when the conversation is a ticket: webhooks send ticket topics for it.
      ticket_state: conversation.ticket_state,
      part: presentPart(inserted, context),
    },
  });
  // A change of state also reaches the customer's messenger (which sees only the state of it).
  const isStateChange = conversation.state !== row.state;
  emit({
    topic: 'conversation.updated',
    audience: isStateChange && !part.internalOnly ? 'public' : 'agents',
    conversationId: row.id,
    contactId: row.contact_id,
    data: { conversation: presentConversationSummary(conversation) },
  });
  return { conversation, part: inserted };
}
