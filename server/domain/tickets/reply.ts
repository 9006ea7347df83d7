import type { ReplyRequest } from '../../../protocol/conversations.ts';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { Services } from '../conversations/context.ts';
import { loadContexts } from '../conversations/queries.ts';
import { type AfterReply, replyWithPart } from '../conversations/reply.ts';
import { presentTicketPart } from './presenter.ts';
import { getTicketRecord } from './queries.ts';

/**
 * A comment or note on a ticket, as on a conversation (replyWithPart applies the ticket rules: on back-office
 * and tracker tickets, and customer tickets not shared, customer replies are refused and a teammate's comment
 * is kept as a note).
 */
export async function replyToTicket(
  services: Services,
  actor: Actor,
  id: number,
  input: ReplyRequest,
  afterReply?: AfterReply,
) {
  await getTicketRecord(services.db, actor.workspaceId, id);
  return replyWithPart(services, actor, id, input, { afterReply });
}

/** The part a ticket reply wrote, in Intercom's `TicketReply` shape. */
export async function renderTicketReply(db: Db, workspaceId: string, ticketId: number, partId: number) {
  const part = await db
    .selectFrom('conversation_parts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', '=', ticketId)
    .where('id', '=', partId)
    .executeTakeFirst();
  const row = await db
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', ticketId)
    .executeTakeFirst();
  if (!part || !row) throw notFound('ticket_not_found', 'Ticket not found');
  const [context] = await loadContexts(db, workspaceId, [row], undefined);
  const presented = presentTicketPart(part, context as NonNullable<typeof context>, row.ticket_state ?? 'submitted');
  return {
    type: 'ticket_part' as const,
    id: presented.id,
    part_type: presented.part_type as 'note' | 'comment' | 'quick_reply',
    body: presented.body,
    created_at: presented.created_at,
    updated_at: presented.updated_at,
    author: presented.author,
    attachments: [],
    redacted: false,
  };
}
