import type { FastifyInstance } from 'fastify';
import type { ManageRequest } from '../../../protocol/conversations.ts';
import type { UpdateTicketRequest } from '../../../protocol/tickets.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { type Emit, transact } from '../../events/transact.ts';
import { afterCommit, drainTeamsOf } from '../assignment/queue.ts';
import type { Actor } from '../auth/actor.ts';
import { resolveActingAdmin } from '../conversations/actors.ts';
import { type Services, writeContext } from '../conversations/context.ts';
import { manageConversation } from '../conversations/manage.ts';
import { appendPart } from '../conversations/parts.ts';
import { lockConversationRow } from '../conversations/queries.ts';
import type { ConversationRow } from '../conversations/rows.ts';
import { resolveAssignee } from './assignee.ts';
import { type CheckedAttributes, checkTicketAttributes } from './attributes.ts';
import { linkConversation } from './create.ts';
import { emitTicketUpdated } from './events.ts';
import { getTicketRecord, loadTicketCatalog, lockTicketRow } from './queries.ts';
import type { TicketCatalog, TicketRow, TicketStateRow } from './records.ts';
import { changeTicketState } from './state.ts';

/** The state a request asks for: by id (2.14), or the first live state of a category (2.11's `state`). */
export function requestedState(catalog: TicketCatalog, input: UpdateTicketRequest): TicketStateRow | undefined {
  if (input.ticket_state_id !== undefined) {
    const state = catalog.states.get(Number(input.ticket_state_id));
    if (!state || state.archived)
      throw new AppError('parameter_invalid', `ticket_state_id: no ticket state ${input.ticket_state_id}`, {
        field: 'ticket_state_id',
      });
    return state;
  }
  if (input.state === undefined) return undefined;
  return [...catalog.states.values()].find((state) => state.category === input.state && !state.archived);
}

async function applyAttributes(
  trx: Db,
  emit: Emit,
  row: ConversationRow,
  ticket: TicketRow,
  checked: CheckedAttributes,
  isShared: boolean | undefined,
  admin: TeammateRow,
): Promise<{ conversation: ConversationRow; ticket: TicketRow }> {
  const custom = { ...(ticket.attributes as Record<string, unknown>), ...checked.custom };
  const changed: string[] = Object.keys(checked.custom);
  if (checked.title !== undefined && checked.title !== ticket.title) changed.push('title');
  if (checked.description !== undefined && checked.description !== ticket.description) changed.push('description');
  if (isShared !== undefined && isShared !== ticket.is_shared) changed.push('is_shared');
  if (changed.length === 0) return { conversation: row, ticket };
  const updated = await trx
    .updateTable('tickets')
    .set({
      title: checked.title ?? ticket.title,
      description: checked.description ?? ticket.description,
      attributes: JSON.stringify(custom),
      is_shared: isShared ?? ticket.is_shared,
      updated_at: new Date(),
    })
    .where('workspace_id', '=', ticket.workspace_id)
    .where('conversation_id', '=', ticket.conversation_id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const { conversation } = await appendPart(
    trx,
    emit,
    row,
    {
      partType: 'ticket_attribute_updated',
      authorType: 'admin',
      authorId: String(admin.id),
      isPublic: false,
      metadata: { changed },
      changes: checked.title !== undefined ? { title: checked.title } : {},
    },
    writeContext(undefined, admin),
  );
  emitTicketUpdated(emit, conversation, updated, { changed });
  return { conversation, ticket: updated };
}

/** The conversation actions an update implies (assign, close/open, snooze), as `manageConversation` inputs. */
async function conversationActions(
  services: Services,
  workspaceId: string,
  input: UpdateTicketRequest,
  admin: TeammateRow,
): Promise<ManageRequest[]> {
  const actions: ManageRequest[] = [];
  const adminId = String(admin.id);
  if (input.assignee_id !== undefined) {
    const type = input.assignee_id === 0 ? 'admin' : await resolveAssignee(services.db, workspaceId, input.assignee_id);
    actions.push({ message_type: 'assignment', type, assignee_id: input.assignee_id, admin_id: adminId });
  }
  if (input.open === false) actions.push({ message_type: 'close', admin_id: adminId });
  if (input.open === true) actions.push({ message_type: 'open', admin_id: adminId });
  if (input.snoozed_until !== undefined) {
    if (input.snoozed_until * 1000 <= Date.now())
      throw new AppError('parameter_invalid', 'snoozed_until must be in the future', { field: 'snoozed_until' });
    actions.push({ message_type: 'snoozed', snoozed_until: input.snoozed_until, admin_id: adminId });
  }
  return actions;
}

/**
 * Intercom's `PUT /tickets/{id}`: attributes, state, sharing and links in one transaction, then the
 * conversation actions (assignment, open/close, snooze) the same way the conversation API does them.
 * Every input is checked before anything is written.
 */
export async function updateTicket(app: FastifyInstance, actor: Actor, id: number, input: UpdateTicketRequest) {
  const services: Services = app;
  const { workspaceId } = actor;
  const admin = await resolveActingAdmin(services.db, actor, input.admin_id);
  const [record, catalog] = await Promise.all([
    getTicketRecord(services.db, workspaceId, id),
    loadTicketCatalog(services.db, workspaceId),
  ]);
  const type = catalog.types.get(record.ticket.ticket_type_id);
  if (!type) throw new AppError('server_error', 'Ticket type missing');
  const checked = checkTicketAttributes(type, input.ticket_attributes ?? {}, undefined);
  const state = requestedState(catalog, input);
  const actions = await conversationActions(services, workspaceId, input, admin);
  const links = input.link_conversation_ids?.map(Number) ?? [];
  if (links.includes(id))
    throw new AppError('parameter_invalid', 'A ticket cannot link itself', { field: 'link_conversation_ids' });
  await transact(services, workspaceId, async (trx, emit) => {
    for (const conversationId of links) await lockConversationRow(trx, workspaceId, conversationId);
    let row = await lockConversationRow(trx, workspaceId, id);
    let ticket = await lockTicketRow(trx, workspaceId, id);
    ({ conversation: row, ticket } = await applyAttributes(trx, emit, row, ticket, checked, input.is_shared, admin));
    if (state) await changeTicketState(trx, emit, row, ticket, state, { type: 'admin', id: admin.id });
    for (const conversationId of links) await linkConversation(trx, emit, ticket, conversationId, admin);
  });
  for (const action of actions) {
    const { released } = await manageConversation(services, actor, id, action);
    if (released !== null) await afterCommit(app, 'handing out queues', () => drainTeamsOf(app, workspaceId, released));
  }
}
