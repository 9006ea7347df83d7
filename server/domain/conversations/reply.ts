import type { ReplyRequest } from '../../../protocol/conversations.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { transact } from '../../events/transact.ts';
import { reassessOnReopen } from '../assignment/assign.ts';
import type { Actor } from '../auth/actor.ts';
import { endBotRun } from '../bots/runner.ts';
import { clearSentDraft } from '../drafts/service.ts';
import { findReplyingContact, isReferencedContact, resolveActingAdmin } from './actors.ts';
import { type Services, writeContext } from './context.ts';
import { sendOnce } from './idempotency.ts';
import { recordMentions } from './mentions.ts';
import { appendPart, type NewPart } from './parts.ts';
import { lockConversationRow, lockConversationWithContact } from './queries.ts';
import { assignToReplier } from './reply-assigns.ts';
import type { ContactRow, ConversationRow, PartRow } from './rows.ts';

async function latestConversationOf(services: Services, workspaceId: string, contactId: number): Promise<number> {
  const row = await services.db
    .selectFrom('conversations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) throw new AppError('conversation_not_found', 'This contact has no conversation');
  return row.id;
}

/** The locked conversation and, for a customer's reply, the contact it comes from. */
async function lockForReply(
  trx: Db,
  workspaceId: string,
  id: number,
  input: ReplyRequest,
  named: ContactRow | undefined,
): Promise<{ row: ConversationRow; contact: ContactRow | undefined }> {
  if (input.type === 'admin') return { row: await lockConversationRow(trx, workspaceId, id), contact: undefined };
  if (named) return { row: await lockConversationRow(trx, workspaceId, id), contact: named };
  const { row, contact } = await lockConversationWithContact(trx, workspaceId, id);
  if (isReferencedContact(contact, input)) return { row, contact };
  // Named by email, or not the conversation's contact: the lookup decides (and errors as before).
  return { row, contact: await findReplyingContact(trx, workspaceId, input) };
}

/** Whether the ticket this conversation is shows to its customer (a shared customer ticket). */
async function isSharedWithCustomer(trx: Db, row: ConversationRow): Promise<boolean> {
  const ticket = await trx
    .selectFrom('tickets')
    .select(['category', 'is_shared'])
    .where('workspace_id', '=', row.workspace_id)
    .where('conversation_id', '=', row.id)
    .executeTakeFirst();
  return ticket?.category === 'Customer' && ticket.is_shared;
}

/** A customer writing again reopens a snoozed or closed conversation. */
function reopenChanges(row: ConversationRow): NewPart['changes'] {
  if (row.state === 'open') return {};
  return {
    state: 'open',
    snoozed_until: null,
    count_reopens: row.state === 'closed' ? row.count_reopens + 1 : row.count_reopens,
  };
}

/** A teammate's public reply takes the conversation over from the bot at once. */
function takeOverChanges(row: ConversationRow, isPublic: boolean): NewPart['changes'] {
  return isPublic && row.bot_phase === 'bot' ? { bot_phase: 'handed_off' } : {};
}

function adminPart(input: Extract<ReplyRequest, { type: 'admin' }>, admin: TeammateRow, row: ConversationRow): NewPart {
  return {
    partType: input.message_type,
    authorType: 'admin',
    authorId: String(admin.id),
    body: input.body ?? null,
    isPublic: input.message_type !== 'note',
    metadata: input.reply_options ? { reply_options: input.reply_options } : undefined,
    createdAt: input.created_at ? new Date(input.created_at * 1000) : undefined,
    changes: takeOverChanges(row, input.message_type !== 'note'),
  };
}

function customerPart(
  input: Extract<ReplyRequest, { type: 'user' | 'lead' | 'contact' }>,
  contact: ContactRow,
  row: ConversationRow,
): NewPart {
  return {
    partType: 'comment',
    authorType: contact.role,
    authorId: String(contact.id),
    body: input.body,
    isPublic: true,
    metadata: input.reply_options ? { reply_options: input.reply_options } : undefined,
    createdAt: input.created_at ? new Date(input.created_at * 1000) : undefined,
    changes: reopenChanges(row),
  };
}

/**
 * A comment or note from a teammate, or a comment from the customer. `conversationId` may be 'last'
 * (the contact's latest conversation). Retries with the same idempotency key add nothing.
 */
export async function replyToConversation(
  services: Services,
  actor: Actor,
  conversationId: number | 'last',
  input: ReplyRequest,
): Promise<number> {
  return (await replyWithPart(services, actor, conversationId, input)).conversationId;
}

/** Work a reply does beside its part, in its transaction (a ticket's Jira comment job). */
export type AfterReply = (trx: Db, appended: { conversation: ConversationRow; part: PartRow }) => Promise<void>;

/** As `replyToConversation`, answering the part written (or, for a retry, the first send's part). */
export async function replyWithPart(
  services: Services,
  actor: Actor,
  conversationId: number | 'last',
  input: ReplyRequest,
  options: { afterReply?: AfterReply; check?: (row: ConversationRow) => void } = {},
): Promise<{ conversationId: number; partId: number }> {
  const { workspaceId } = actor;
  const admin = input.type === 'admin' ? await resolveActingAdmin(services.db, actor, input.admin_id) : undefined;
  // The customer is usually the conversation's own contact, read with its locked row; 'last' needs them first.
  const named =
    input.type !== 'admin' && conversationId === 'last'
      ? await findReplyingContact(services.db, workspaceId, input)
      : undefined;
  const id =
    conversationId === 'last' ? await latestConversationOf(services, workspaceId, named?.id ?? 0) : conversationId;
  const send = () =>
    transact(services, workspaceId, async (trx, emit, claimKey) => {
      const { row, contact } = await lockForReply(trx, workspaceId, id, input, named);
      const scope = admin ? `admin:${admin.id}` : `contact:${contact?.id}`;
      options.check?.(row);
      if (contact && row.contact_id !== contact.id) {
        throw new AppError('parameter_invalid', 'This contact is not part of the conversation', {
          field: 'intercom_user_id',
        });
      }
      const part =
        input.type === 'admin'
          ? adminPart(input, admin as TeammateRow, row)
          : customerPart(input, contact as ContactRow, row);
      if (row.ticket_state !== null && !(await isSharedWithCustomer(trx, row))) {
        // A back-office or tracker ticket (or one not shared): the customer takes no part in it.
        if (input.type !== 'admin')
          throw new AppError('parameter_mismatch', 'User replies are not allowed on Backoffice tickets');
        if (part.partType === 'comment') Object.assign(part, { partType: 'note', isPublic: false });
      }
      if (part.changes?.bot_phase === 'handed_off') await endBotRun(trx, row, 'taken_over', 'teammate_replied');
      const replyingTo = admin ? await assignToReplier(trx, emit, row, part, admin) : row;
      const appended = await appendPart(trx, emit, replyingTo, part, writeContext(contact, admin));
      if (contact && row.state !== 'open') await reassessOnReopen(trx, emit, appended.conversation);
      if (part.partType === 'note' && admin) await recordMentions(trx, emit, appended.part, admin.id);
      if (admin) {
        const draft = { workspaceId, teammateId: admin.id, conversationId: row.id };
        await clearSentDraft(trx, emit, draft, part.partType === 'note' ? 'note' : 'reply');
      }
      await options.afterReply?.(trx, appended);
      claimKey({
        actor: scope,
        key: input.idempotency_key,
        resource: { type: 'conversation_part', id: appended.part.id },
      });
      return appended.part.id;
    });
  return { conversationId: id, partId: await sendOnce(send, (partId) => partId) };
}
