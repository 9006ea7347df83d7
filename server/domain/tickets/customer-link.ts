import type { Config } from '../../config.ts';
import type { Db } from '../../db/index.ts';
import { isValidSignature, signMessage } from '../../lib/secret-key.ts';
import type { VisitorSession } from '../../realtime/visitor-sessions.ts';
import { type CustomerTicket, findCustomerTicket } from './public-queries.ts';

/** What a customer link signs: the workspace and the ticket, nothing that changes over the ticket's life. */
const signedText = (workspaceId: string, ticketId: number) => `ticket:${workspaceId}:${ticketId}`;

export function ticketLinkSignature(config: Pick<Config, 'secretKey'>, workspaceId: string, ticketId: number) {
  return signMessage(config, signedText(workspaceId, ticketId));
}

/** The signed ticket page's address, for a teammate to send the customer. */
export function customerLinkUrl(config: Pick<Config, 'secretKey' | 'publicUrl'>, workspaceId: string, id: number) {
  const signature = ticketLinkSignature(config, workspaceId, id);
  return `${config.publicUrl}/t/${workspaceId}/${id}?s=${signature}`;
}

/**
 * The ticket a customer link opens: the signature is right and the ticket is (still) a shared customer ticket
 * of a contact that exists. Undefined otherwise, whichever the reason, so nobody learns which.
 */
export async function findLinkedTicket(
  db: Db,
  config: Pick<Config, 'secretKey'>,
  workspaceId: string,
  ticketId: number,
  signature: string | undefined,
): Promise<(CustomerTicket & { customer: VisitorSession }) | undefined> {
  if (!signature || !isValidSignature(config, signedText(workspaceId, ticketId), signature)) return undefined;
  const found = await findCustomerTicket(db, workspaceId, ticketId);
  if (!found) return undefined;
  const contact = await db
    .selectFrom('contacts')
    .select(['id', 'role'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', found.row.contact_id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return contact && { ...found, customer: { workspaceId, contactId: contact.id, role: contact.role } };
}
