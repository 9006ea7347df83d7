import type { Language } from '../../../protocol/common.ts';
import type { Ticket } from '../../../protocol/tickets.ts';
import type { Db } from '../../db/index.ts';
import { loadContexts, loadConversationForView } from '../conversations/queries.ts';
import type { ConversationRow } from '../conversations/rows.ts';
import { presentTicket } from './presenter.ts';
import { getTicketRecord, loadTicketCatalog, loadTicketRecords } from './queries.ts';

/** One ticket with its parts, as `viewerId` sees it. */
export async function renderTicket(
  db: Db,
  workspaceId: string,
  id: number,
  viewerId?: number,
  language: Language = 'en',
): Promise<Ticket> {
  const record = await getTicketRecord(db, workspaceId, id);
  const [{ row, parts, context }, catalog] = await Promise.all([
    loadConversationForView(db, workspaceId, id, viewerId),
    loadTicketCatalog(db, workspaceId),
  ]);
  return presentTicket(row, { ...context, parts }, record, catalog, language);
}

/** Many tickets without parts, in the order of `rows` (their conversations). */
export async function renderTickets(
  db: Db,
  workspaceId: string,
  rows: ConversationRow[],
  viewerId?: number,
  language: Language = 'en',
): Promise<Ticket[]> {
  const [records, catalog, contexts] = await Promise.all([
    loadTicketRecords(
      db,
      workspaceId,
      rows.map((row) => row.id),
    ),
    loadTicketCatalog(db, workspaceId),
    loadContexts(db, workspaceId, rows, viewerId),
  ]);
  const byId = new Map(records.map((record) => [record.ticket.conversation_id, record]));
  return rows.flatMap((row, index) => {
    const record = byId.get(row.id);
    const context = contexts[index];
    return record && context ? [presentTicket(row, context, record, catalog, language)] : [];
  });
}
