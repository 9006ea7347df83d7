import type { CreateTicketRequest } from '../../../protocol/tickets.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { type Emit, transact } from '../../events/transact.ts';
import { sanitizeBody, toPlainText } from '../../lib/sanitize.ts';
import type { Actor } from '../auth/actor.ts';
import { findReplyingContact, resolveActingAdmin } from '../conversations/actors.ts';
import { type Services, writeContext } from '../conversations/context.ts';
import { recordIdempotencyKey, sendOnce } from '../conversations/idempotency.ts';
import { appendPart } from '../conversations/parts.ts';
import { lockConversationRow } from '../conversations/queries.ts';
import type { ContactRow, ConversationRow } from '../conversations/rows.ts';
import { presentConversationSummary } from '../conversations/summary.ts';
import { assertAssignee } from './assignee.ts';
import { type CheckedAttributes, checkTicketAttributes } from './attributes.ts';
import { emitTicketCreated } from './events.ts';
import { loadTicketCatalog } from './queries.ts';
import type { TicketRow, TicketStateRow, TicketTypeRecord } from './records.ts';

export interface CreatedTicket {
  id: number;
}

function contactReference(ref: CreateTicketRequest['contacts'][number]) {
  if ('id' in ref) return { intercom_user_id: ref.id };
  if ('external_id' in ref) return { user_id: ref.external_id };
  return { email: ref.email };
}

async function nextTicketNumber(trx: Db, workspaceId: string): Promise<number> {
  const { last_number } = await trx
    .insertInto('ticket_counters')
    .values({ workspace_id: workspaceId, last_number: 1 })
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet((eb) => ({ last_number: eb('ticket_counters.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(last_number);
}

interface Prepared {
  admin: TeammateRow;
  contact: ContactRow;
  type: TicketTypeRecord;
  submitted: TicketStateRow;
  attributes: CheckedAttributes & { title: string };
}

/** Everything checked before the transaction: a bad request writes nothing. */
async function prepare(services: Services, actor: Actor, input: CreateTicketRequest): Promise<Prepared> {
  const { workspaceId } = actor;
  const admin = await resolveActingAdmin(services.db, actor, input.admin_id);
  const catalog = await loadTicketCatalog(services.db, workspaceId);
  const type = catalog.types.get(Number(input.ticket_type_id));
  if (!type || type.type.archived)
    throw new AppError('parameter_invalid', `ticket_type_id: no ticket type ${input.ticket_type_id}`, {
      field: 'ticket_type_id',
    });
  const submitted = [...catalog.states.values()].find((state) => state.category === 'submitted' && !state.archived);
  if (!submitted) throw new AppError('parameter_invalid', 'The workspace has no submitted ticket state');
  const contact = await findReplyingContact(services.db, workspaceId, contactReference(input.contacts[0] as never));
  const attributes = checkTicketAttributes(type, input.ticket_attributes ?? {}, { byContact: false });
  const { admin_assignee_id: adminId, team_assignee_id: teamId } = input.assignment ?? {};
  if (adminId) await assertAssignee(services.db, workspaceId, 'admin', adminId);
  if (teamId) await assertAssignee(services.db, workspaceId, 'team', teamId);
  return { admin, contact, type, submitted, attributes: attributes as Prepared['attributes'] };
}

async function insertTicketConversation(
  trx: Db,
  workspaceId: string,
  prepared: Prepared,
  input: CreateTicketRequest,
  at: Date,
): Promise<ConversationRow> {
  const { admin, contact, attributes } = prepared;
  const body = attributes.description || attributes.title;
  return trx
    .insertInto('conversations')
    .values({
      workspace_id: workspaceId,
      contact_id: contact.id,
      title: attributes.title,
      source_type: 'ticket',
      source_delivered_as: 'admin_initiated',
      source_author_type: 'admin',
      source_author_id: String(admin.id),
      source_body: body,
      created_by_teammate_id: admin.id,
      admin_assignee_id: input.assignment?.admin_assignee_id || null,
      team_assignee_id: input.assignment?.team_assignee_id || null,
      custom_attributes: '{}',
      ticket_state: 'submitted',
      last_part_at: at,
      last_part_preview: toPlainText(body).slice(0, 140),
      last_part_author_type: 'admin',
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Links `conversationId` to the ticket and tells its thread (publicly for a customer ticket). */
export async function linkConversation(
  trx: Db,
  emit: Emit,
  ticket: TicketRow,
  conversationId: number,
  admin: TeammateRow,
): Promise<void> {
  const linked = await trx
    .insertInto('ticket_links')
    .values({ workspace_id: ticket.workspace_id, ticket_id: ticket.conversation_id, conversation_id: conversationId })
    .onConflict((oc) => oc.doNothing())
    .returning('conversation_id')
    .executeTakeFirst();
  if (!linked) return;
  const row = await lockConversationRow(trx, ticket.workspace_id, conversationId);
  const isCustomerTicket = ticket.category === 'Customer' && ticket.is_shared;
  await appendPart(
    trx,
    emit,
    row,
    {
      partType: 'ticket_linked',
      authorType: 'admin',
      authorId: String(admin.id),
      isPublic: isCustomerTicket,
      metadata: {
        ticket_id: String(ticket.conversation_id),
        ticket_number: ticket.ticket_number,
        title: ticket.title,
        category: ticket.category,
      },
    },
    writeContext(undefined, admin),
  );
}

/**
 * Creates a ticket: its conversation (the ticket's thread), its row in state submitted, and the link to
 * the conversation it came from. A retry with the same idempotency key returns the first ticket.
 */
export async function createTicket(
  services: Services,
  actor: Actor,
  input: CreateTicketRequest,
  idempotencyKey?: string,
): Promise<number> {
  const { workspaceId } = actor;
  const prepared = await prepare(services, actor, input);
  const send = () =>
    transact(services, workspaceId, async (trx, emit) => {
      const linkTo = input.conversation_to_link_id ? Number(input.conversation_to_link_id) : undefined;
      // Lock order conversation → ticket: the linked conversation first.
      if (linkTo !== undefined) await lockConversationRow(trx, workspaceId, linkTo);
      const at = input.created_at ? new Date(input.created_at * 1000) : new Date();
      const row = await insertTicketConversation(trx, workspaceId, prepared, input, at);
      const ticket = await trx
        .insertInto('tickets')
        .values({
          workspace_id: workspaceId,
          conversation_id: row.id,
          ticket_number: await nextTicketNumber(trx, workspaceId),
          ticket_type_id: prepared.type.type.id,
          ticket_state_id: prepared.submitted.id,
          category: prepared.type.type.category,
          title: prepared.attributes.title,
          description: prepared.attributes.description ?? '',
          attributes: JSON.stringify(prepared.attributes.custom),
          is_shared: prepared.type.type.category === 'Customer',
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const audience = ticket.category === 'Customer' ? 'public' : 'agents';
      emit({
        topic: 'conversation.created',
        audience,
        conversationId: row.id,
        contactId: row.contact_id,
        data: {
          conversation: presentConversationSummary(row),
          source: { body: sanitizeBody(row.source_body), author: { type: 'admin', id: row.source_author_id } },
        },
      });
      emitTicketCreated(emit, row, ticket);
      if (linkTo !== undefined) await linkConversation(trx, emit, ticket, linkTo, prepared.admin);
      await recordIdempotencyKey(trx, workspaceId, `admin:${prepared.admin.id}`, idempotencyKey, {
        type: 'ticket',
        id: row.id,
      });
      return row.id;
    });
  return sendOnce(send, (firstId) => firstId);
}
