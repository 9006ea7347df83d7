import type { Language } from '../../../protocol/common.ts';
import type { CustomerTicketList } from '../../../protocol/customer-tickets.ts';
import type { PublicTicket } from '../../../protocol/tickets.ts';
import type { Db } from '../../db/index.ts';
import { presentCustomerTicketSummary, presentPublicTicket } from './public-presenter.ts';
import {
  type CustomerTicket,
  customerTicketLanguage,
  getCustomerTicket,
  listCustomerTickets,
  loadTimeline,
  teammateNames,
  ticketNotFound,
} from './public-queries.ts';
import { loadTicketCatalog } from './queries.ts';

/** A contact's shared customer tickets (the messenger's Tickets tab), newest public activity first. */
export async function listTicketsForCustomer(
  db: Db,
  workspaceId: string,
  contactId: number,
  asked?: Language,
): Promise<CustomerTicketList> {
  const [listed, catalog, language] = await Promise.all([
    listCustomerTickets(db, workspaceId, contactId),
    loadTicketCatalog(db, workspaceId),
    customerTicketLanguage(db, workspaceId, contactId, asked),
  ]);
  const tickets = listed.map((row) => presentCustomerTicketSummary(row, catalog, language));
  const unread = tickets.reduce((sum, ticket) => sum + ticket.unread_count, 0);
  return { type: 'ticket.list', tickets, unread_count: unread };
}

/** A found customer ticket as its customer sees it, in `language`. */
export async function presentFoundTicket(db: Db, found: CustomerTicket, language: Language): Promise<PublicTicket> {
  const { workspace_id: workspaceId, conversation_id: id } = found.ticket;
  const [catalog, timeline] = await Promise.all([
    loadTicketCatalog(db, workspaceId),
    loadTimeline(db, workspaceId, id),
  ]);
  return presentPublicTicket(found, catalog, timeline, await teammateNames(db, workspaceId, timeline), language);
}

/** The contact's ticket `id` as they see it (in their language, else `asked`); 404 for any other ticket. */
export async function renderTicketForCustomer(
  db: Db,
  workspaceId: string,
  contactId: number,
  id: number,
  asked?: Language,
): Promise<PublicTicket> {
  const found = await getCustomerTicket(db, workspaceId, id, contactId);
  return presentFoundTicket(db, found, await customerTicketLanguage(db, workspaceId, contactId, asked));
}

/** The customer has seen the ticket's timeline so far: its unread count drops to 0. */
export async function markTicketReadByCustomer(db: Db, workspaceId: string, contactId: number, id: number) {
  await getCustomerTicket(db, workspaceId, id, contactId);
  const updated = await db
    .updateTable('conversations')
    .set({ contact_read_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw ticketNotFound();
}
