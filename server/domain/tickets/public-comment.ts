import type { CustomerTicketCommentSent } from '../../../protocol/customer-tickets.ts';
import { textToHtml } from '../../../protocol/text.ts';
import { notFound } from '../../errors.ts';
import { transact } from '../../events/transact.ts';
import type { VisitorSession } from '../../realtime/visitor-sessions.ts';
import { reassessOnReopen } from '../assignment/assign.ts';
import { type Services, writeContext } from '../conversations/context.ts';
import { recordIdempotencyKey, sendOnce } from '../conversations/idempotency.ts';
import { appendPart } from '../conversations/parts.ts';
import { lockConversationRow } from '../conversations/queries.ts';
import { customerPart } from '../messenger/send.ts';
import { jiraTicketHooks } from './hooks.ts';
import { presentPublicComment } from './public-presenter.ts';
import { getCustomerTicket, ticketNotFound } from './public-queries.ts';
import { lockTicketRow } from './queries.ts';

/** The ticket's customer, writing from the messenger or the signed ticket page. */
export type TicketCustomer = VisitorSession;

/**
 * A comment from the ticket's customer, written as a messenger message is (`customerPart`: a closed or
 * snoozed ticket conversation reopens and is reassessed for assignment); the Jira integration forwards it
 * in the same transaction. A retry with the same idempotency key writes nothing and answers the first comment.
 */
export async function commentAsCustomer(
  services: Services,
  customer: TicketCustomer,
  ticketId: number,
  input: { body: string; idempotencyKey: string },
): Promise<CustomerTicketCommentSent> {
  const { workspaceId, contactId } = customer;
  await getCustomerTicket(services.db, workspaceId, ticketId, contactId);
  const send = () =>
    transact(services, workspaceId, async (trx, emit) => {
      const row = await lockConversationRow(trx, workspaceId, ticketId);
      const ticket = await lockTicketRow(trx, workspaceId, ticketId);
      const isCustomers = row.contact_id === contactId && ticket.category === 'Customer' && ticket.is_shared;
      if (!isCustomers) throw ticketNotFound();
      const appended = await appendPart(
        trx,
        emit,
        row,
        customerPart(customer, row, textToHtml(input.body)),
        writeContext(undefined),
      );
      if (row.state !== 'open') await reassessOnReopen(trx, emit, appended.conversation);
      await jiraTicketHooks.afterReply?.(trx, appended);
      await recordIdempotencyKey(trx, workspaceId, `contact:${contactId}`, input.idempotencyKey, {
        type: 'conversation_part',
        id: appended.part.id,
      });
      return appended.part.id;
    });
  const partId = await sendOnce(send, (firstId) => firstId);
  const part = await services.db
    .selectFrom('conversation_parts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', '=', ticketId)
    .where('id', '=', partId)
    .executeTakeFirst();
  if (!part) throw notFound('ticket_not_found', 'Ticket not found');
  return { type: 'ticket.comment', ticket_id: String(ticketId), comment: presentPublicComment(part, new Map()) };
}
