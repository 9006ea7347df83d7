import type { Language } from '../../../protocol/common.ts';
import type { Db } from '../../db/index.ts';
import { type Emit, transact } from '../../events/transact.ts';
import type { Services } from '../conversations/context.ts';
import { writeContext } from '../conversations/context.ts';
import { appendPart, type NewPart } from '../conversations/parts.ts';
import { lockConversationRow } from '../conversations/queries.ts';
import type { ConversationRow } from '../conversations/rows.ts';
import { emitTicketUpdated } from './events.ts';
import { presentTicketState } from './presenter.ts';
import { lockTicketRow } from './queries.ts';
import type { TicketRow, TicketStateRow } from './records.ts';

/** Who moved the ticket: a teammate, or Jira (through its webhook or the reconciliation). */
export type StateChanger = { type: 'admin'; id: number } | { type: 'jira'; issueKey: string; by: string | null };

const NOTICE: Record<Language, (label: string) => string> = {
  en: (label) => `Your ticket is now: ${label}`,
  es: (label) => `Tu ticket ahora está: ${label}`,
};

/** The customer's language: their own, else the workspace's. */
export async function customerLanguage(trx: Db, row: ConversationRow): Promise<Language> {
  const found = await trx
    .selectFrom('contacts')
    .innerJoin('workspaces', 'workspaces.id', 'contacts.workspace_id')
    .select(['contacts.language', 'workspaces.default_language'])
    .where('contacts.workspace_id', '=', row.workspace_id)
    .where('contacts.id', '=', row.contact_id)
    .executeTakeFirst();
  const language = found?.language ?? row.language ?? found?.default_language;
  return language === 'es' ? 'es' : 'en';
}

/**
 * Moves a locked ticket (and its locked conversation) to `state`: a part in the thread — for customer
 * tickets a public notice in the customer's language — resolved closes the conversation and leaving
 * resolved reopens it. Nothing happens when the ticket is in that state already. Returns the new rows.
 */
export async function changeTicketState(
  trx: Db,
  emit: Emit,
  row: ConversationRow,
  ticket: TicketRow,
  state: TicketStateRow,
  changer: StateChanger,
): Promise<{ conversation: ConversationRow; ticket: TicketRow } | undefined> {
  if (ticket.ticket_state_id === state.id) return undefined;
  const previous = row.ticket_state ?? 'submitted';
  const isCustomerTicket = ticket.category === 'Customer' && ticket.is_shared;
  const language = isCustomerTicket ? await customerLanguage(trx, row) : 'en';
  const label = presentTicketState(state, language).external_label;
  const now = new Date();
  const closes = state.category === 'resolved' && row.state !== 'closed';
  const reopens = state.category !== 'resolved' && previous === 'resolved' && row.state === 'closed';
  const part: NewPart = {
    partType: 'ticket_state_updated',
    authorType: changer.type === 'admin' ? 'admin' : 'bot',
    authorId: changer.type === 'admin' ? String(changer.id) : null,
    body: isCustomerTicket ? NOTICE[language](label) : null,
    isPublic: isCustomerTicket,
    internalOnly: !isCustomerTicket,
    metadata: {
      previous_ticket_state: previous,
      ticket_state: state.category,
      ticket_state_id: String(state.id),
      labels: presentTicketState(state).labels,
      ...(changer.type === 'jira' ? { source: 'jira', issue_key: changer.issueKey, jira_user: changer.by } : {}),
    },
    changes: {
      ticket_state: state.category,
      ...(closes
        ? { state: 'closed', snoozed_until: null, last_closed_at: now, first_closed_at: row.first_closed_at ?? now }
        : {}),
      ...(reopens ? { state: 'open', count_reopens: row.count_reopens + 1 } : {}),
    },
  };
  const appended = await appendPart(trx, emit, row, part, writeContext(undefined));
  const updated = await trx
    .updateTable('tickets')
    .set({ ticket_state_id: state.id, updated_at: now })
    .where('workspace_id', '=', ticket.workspace_id)
    .where('conversation_id', '=', ticket.conversation_id)
    .returningAll()
    .executeTakeFirstOrThrow();
  emitTicketUpdated(emit, appended.conversation, updated, { state_changed: true });
  return { conversation: appended.conversation, ticket: updated };
}

/** Moves a ticket to the first live state of `category` in its own transaction (seeding, scripts). */
export async function moveTicketTo(
  services: Services,
  workspaceId: string,
  ticketId: number,
  category: TicketStateRow['category'],
  changer: StateChanger,
): Promise<void> {
  await transact(services, workspaceId, async (trx, emit) => {
    const state = await trx
      .selectFrom('ticket_states')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('category', '=', category)
      .where('archived', '=', false)
      .orderBy('position')
      .executeTakeFirstOrThrow();
    const row = await lockConversationRow(trx, workspaceId, ticketId);
    const ticket = await lockTicketRow(trx, workspaceId, ticketId);
    await changeTicketState(trx, emit, row, ticket, state, changer);
  });
}
