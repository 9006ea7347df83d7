import type { Language } from '../../../protocol/common.ts';
import type { MessengerSend } from '../../../protocol/messenger.ts';
import { textToHtml } from '../../../protocol/text.ts';
import type { Db } from '../../db/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { type Emit, transact } from '../../events/transact.ts';
import { toPlainText } from '../../lib/sanitize.ts';
import type { VisitorSession } from '../../realtime/visitor-sessions.ts';
import { reassessOnReopen } from '../assignment/assign.ts';
import { continueBotRun, lockBotRun, startBotRun } from '../bots/runner.ts';
import { loadVersion } from '../bots/versions.ts';
import { type Services, writeContext } from '../conversations/context.ts';
import { startConversation } from '../conversations/create.ts';
import { AlreadySent } from '../conversations/idempotency.ts';
import { appendPart, type NewPart } from '../conversations/parts.ts';
import { lockConversationRow } from '../conversations/queries.ts';
import type { ConversationRow, PartRow } from '../conversations/rows.ts';
import { renderVisitorConversation } from './conversations.ts';
import { BOT_NAME, presentBotState, presentMessengerConversation, presentMessengerPart } from './presenter.ts';

const scopeOf = (visitor: VisitorSession) => `contact:${visitor.contactId}`;

async function sendResult(db: Db, visitor: VisitorSession, conversationId: number, firstPartId?: number) {
  const conversation = await renderVisitorConversation(
    db,
    visitor,
    conversationId,
    firstPartId === undefined ? undefined : { partId: firstPartId },
  );
  const { parts = [], ...rest } = conversation;
  return { type: 'messenger.send', conversation: rest as typeof conversation, parts } satisfies MessengerSend;
}

/** The customer opens a conversation in the messenger; the bot's first turn runs in the same transaction. */
export async function startVisitorConversation(
  services: Services,
  visitor: VisitorSession,
  input: { body: string; idempotencyKey: string; language: Language },
): Promise<MessengerSend> {
  const id = await startConversation(services, {
    workspaceId: visitor.workspaceId,
    contactId: visitor.contactId,
    body: textToHtml(input.body),
    idempotencyKey: input.idempotencyKey,
    channel: 'messenger',
    language: input.language,
    onStarted: async (trx, emit, row) => (await startBotRun(trx, emit, row, input.language)).row,
  });
  return sendResult(services.db, visitor, id);
}

/** A customer's message: public, and reopening a snoozed or closed conversation (the ticket page's comments too). */
export function customerPart(visitor: VisitorSession, row: ConversationRow, body: string, metadata?: object): NewPart {
  return {
    partType: 'comment',
    authorType: visitor.role,
    authorId: String(visitor.contactId),
    body,
    isPublic: true,
    metadata: metadata as Record<string, unknown> | undefined,
    // A customer writing again reopens a snoozed or closed conversation.
    changes:
      row.state === 'open'
        ? {}
        : {
            state: 'open',
            snoozed_until: null,
            count_reopens: row.state === 'closed' ? row.count_reopens + 1 : row.count_reopens,
          },
  };
}

const NO_NAMES = new Map<number, string>();

async function lockOwnConversation(trx: Db, visitor: VisitorSession, id: number): Promise<ConversationRow> {
  const row = await lockConversationRow(trx, visitor.workspaceId, id);
  if (row.contact_id !== visitor.contactId || row.ticket_state !== null)
    throw notFound('conversation_not_found', 'Conversation not found');
  return row;
}

interface Written {
  row: ConversationRow;
  parts: PartRow[];
}

/** What the bot waits for after a send, read in the same transaction only while the bot has the conversation. */
async function botStateAfter(trx: Db, row: ConversationRow, parts: PartRow[]) {
  if (row.bot_phase !== 'bot')
    return presentBotState(row, row.bot_phase ? { status: 'handed_off', step_id: '' } : undefined, undefined);
  const run = await trx
    .selectFrom('bot_runs')
    .select(['status', 'step_id'])
    .where('workspace_id', '=', row.workspace_id)
    .where('conversation_id', '=', row.id)
    .executeTakeFirst();
  const lastBotPart = parts.findLast((part) => part.author_type === 'bot' && part.part_type === 'comment');
  return presentBotState(row, run, lastBotPart);
}

/**
 * Runs a customer send once and answers only what it wrote (the customer's part and the bot's answer), from
 * the rows in hand. A retry with the same idempotency key writes nothing and answers the first send's parts.
 */
async function sendOnceAsVisitor(
  services: Services,
  visitor: VisitorSession,
  conversationId: number,
  idempotencyKey: string,
  work: (trx: Db, emit: Emit, row: ConversationRow) => Promise<Written | undefined>,
): Promise<MessengerSend> {
  try {
    return await transact(services, visitor.workspaceId, async (trx, emit, claimKey) => {
      const row = await lockOwnConversation(trx, visitor, conversationId);
      const written = await work(trx, emit, row);
      // Nothing written (a second click on an answered question): the conversation as it is, no new parts.
      if (!written) return { ...(await sendResult(trx, visitor, conversationId)), parts: [] };
      const first = written.parts[0] as PartRow;
      claimKey({ actor: scopeOf(visitor), key: idempotencyKey, resource: { type: 'conversation_part', id: first.id } });
      const parts = written.parts.filter((part) => part.is_public);
      const lastComment = parts.findLast((part) => part.part_type === 'comment');
      const conversation = presentMessengerConversation(
        { ...written.row, last_part_preview: toPlainText(lastComment?.body ?? '').slice(0, 140) },
        {
          unread: 0,
          bot: await botStateAfter(trx, written.row, written.parts),
          lastAuthor: lastComment
            ? { type: lastComment.author_type, name: lastComment.author_type === 'bot' ? BOT_NAME : null }
            : null,
        },
      );
      return {
        type: 'messenger.send' as const,
        conversation,
        parts: parts.map((part) => presentMessengerPart(part, NO_NAMES)),
      };
    });
  } catch (error) {
    if (error instanceof AlreadySent) return sendResult(services.db, visitor, conversationId, error.resourceId);
    throw error;
  }
}

/** A message from the customer; while the bot has the conversation, it is the answer to its question. */
export function replyAsVisitor(
  services: Services,
  visitor: VisitorSession,
  conversationId: number,
  input: { body: string; idempotencyKey: string },
): Promise<MessengerSend> {
  return sendOnceAsVisitor(services, visitor, conversationId, input.idempotencyKey, async (trx, emit, row) => {
    const appended = await appendPart(
      trx,
      emit,
      row,
      customerPart(visitor, row, textToHtml(input.body)),
      writeContext(undefined),
    );
    if (row.state !== 'open' && appended.conversation.bot_phase !== 'bot') {
      const reassessed = await reassessOnReopen(trx, emit, appended.conversation);
      return { row: reassessed.row, parts: [appended.part, ...(reassessed.part ? [reassessed.part] : [])] };
    }
    const bot = await continueBotRun(trx, emit, appended.conversation, { type: 'text', text: input.body });
    return { row: bot.row, parts: [appended.part, ...bot.parts] };
  });
}

/** The label of a button of the question the bot waits on, in the run's language; undefined if stale. */
async function buttonLabel(trx: Db, row: ConversationRow, stepId: string, optionId: string) {
  const run = await lockBotRun(trx, row);
  if (run?.status !== 'waiting' || run.step_id !== stepId || row.bot_phase !== 'bot') return undefined;
  const version = await loadVersion(trx, row.workspace_id, run.workflow_id, run.version);
  const step = version?.definition.steps.find((candidate) => candidate.id === stepId);
  const option = step?.type === 'buttons' ? step.options.find((candidate) => candidate.id === optionId) : undefined;
  if (!option)
    throw new AppError('parameter_invalid', `option_id: no option "${optionId}" here`, { field: 'option_id' });
  return option.label[run.language];
}

/**
 * A click on one of the bot's buttons: the customer's side of the thread shows the label, the answer goes
 * into the step's attribute and the bot moves on. A second click (or a click on an older question) writes
 * nothing.
 */
export function answerBotQuestion(
  services: Services,
  visitor: VisitorSession,
  conversationId: number,
  input: { stepId: string; optionId: string; idempotencyKey: string },
): Promise<MessengerSend> {
  return sendOnceAsVisitor(services, visitor, conversationId, input.idempotencyKey, async (trx, emit, row) => {
    const label = await buttonLabel(trx, row, input.stepId, input.optionId);
    if (label === undefined) return undefined;
    const metadata = { bot_step_id: input.stepId, bot_option_id: input.optionId };
    const appended = await appendPart(
      trx,
      emit,
      row,
      customerPart(visitor, row, textToHtml(label), metadata),
      writeContext(undefined),
    );
    const bot = await continueBotRun(trx, emit, appended.conversation, {
      type: 'button',
      step_id: input.stepId,
      option_id: input.optionId,
    });
    return { row: bot.row, parts: [appended.part, ...bot.parts] };
  });
}
