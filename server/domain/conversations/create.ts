import type { Db, TeammateRow } from '../../db/index.ts';
import { type Emit, transact } from '../../events/transact.ts';
import { sanitizeBody, toPlainText } from '../../lib/sanitize.ts';
import { assignAtStart } from '../assignment/assign.ts';
import { getLiveContact } from './actors.ts';
import type { Services } from './context.ts';
import { recordIdempotencyKey, sendOnce } from './idempotency.ts';
import type { ConversationRow } from './rows.ts';
import { presentConversationSummary } from './summary.ts';

interface StartInput {
  workspaceId: string;
  contactId: number;
  body: string;
  createdAt?: Date;
  idempotencyKey?: string;
  /** A teammate starting the conversation (outbound message); absent when the customer starts it. */
  teammate?: TeammateRow;
  subject?: string;
  /** Where it started; 'messenger' conversations run the bot workflows. */
  channel?: 'api' | 'messenger';
  language?: 'en' | 'es';
  /** More work in the same transaction once the conversation exists (the bot's first turn). */
  onStarted?: (trx: Db, emit: Emit, row: ConversationRow) => Promise<ConversationRow>;
}

/**
 * Opens a conversation with its first message, from the contact or from a teammate. A retried send with
 * the same idempotency key returns the first conversation. Returns the conversation id.
 */
export async function startConversation(services: Services, input: StartInput): Promise<number> {
  const { workspaceId, teammate } = input;
  const contact = await getLiveContact(services.db, workspaceId, input.contactId);
  const scope = teammate ? `admin:${teammate.id}` : `contact:${contact.id}`;
  const send = () =>
    transact(services, workspaceId, async (trx, emit) => {
      const at = input.createdAt ?? new Date();
      const fromCustomer = !teammate;
      const row = await trx
        .insertInto('conversations')
        .values({
          workspace_id: workspaceId,
          contact_id: contact.id,
          source_delivered_as: fromCustomer ? 'customer_initiated' : 'admin_initiated',
          source_author_type: fromCustomer ? contact.role : 'admin',
          source_author_id: String(fromCustomer ? contact.id : teammate.id),
          source_body: input.body,
          source_subject: input.subject ?? null,
          created_by_teammate_id: teammate?.id ?? null,
          admin_assignee_id: teammate?.id ?? null,
          custom_attributes: '{}',
          channel: input.channel ?? 'api',
          language: input.language ?? null,
          waiting_since: fromCustomer ? at : null,
          last_customer_part_at: fromCustomer ? at : null,
          last_admin_reply_at: fromCustomer ? null : at,
          first_admin_reply_at: fromCustomer ? null : at,
          last_part_at: at,
          last_part_preview: toPlainText(input.body).slice(0, 140),
          last_part_author_type: fromCustomer ? contact.role : 'admin',
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      emit({
        topic: 'conversation.created',
        audience: 'public',
        conversationId: row.id,
        contactId: contact.id,
        data: {
          conversation: presentConversationSummary(row),
          source: {
            body: sanitizeBody(input.body),
            author: { type: row.source_author_type, id: row.source_author_id },
          },
        },
      });
      // The key first: what follows may take a team's lock, which is held until the commit.
      await recordIdempotencyKey(trx, workspaceId, scope, input.idempotencyKey, { type: 'conversation', id: row.id });
      const started = (await input.onStarted?.(trx, emit, row)) ?? row;
      if (fromCustomer) await assignAtStart(trx, emit, started);
      return row.id;
    });
  return sendOnce(send, (firstId) => firstId);
}
