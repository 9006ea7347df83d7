import type { FastifyInstance } from 'fastify';
import { ZTicketViewerHandshakeSchema, ZVisitorHandshakeSchema } from '../../protocol/realtime.ts';
import { findLinkedTicket } from '../domain/tickets/customer-link.ts';
import { handshakeError } from './handshake-error.ts';
import type { VisitorSocket, VisitorSocketData } from './types.ts';
import { findVisitorSession } from './visitor-sessions.ts';

/** Who the handshake speaks for: a messenger's visitor session, or a signed ticket link; undefined if neither. */
async function viewerOf(app: FastifyInstance, auth: unknown): Promise<VisitorSocketData | undefined> {
  const authStartedAt = performance.now();
  const visitor = ZVisitorHandshakeSchema.safeParse(auth);
  if (visitor.success) {
    const session = await findVisitorSession(app.db, visitor.data.token);
    if (!session) return undefined;
    const { workspaceId, contactId, tokenHash } = session;
    return {
      viewer: { kind: 'visitor', workspaceId, contactId },
      contactId,
      sessionHash: tokenHash,
      authStartedAt,
      after: visitor.data.after,
    };
  }
  const page = ZTicketViewerHandshakeSchema.safeParse(auth);
  if (!page.success) return undefined;
  const { workspace_id: workspaceId, ticket_id: ticketId, signature } = page.data.ticket;
  const found = await findLinkedTicket(app.db, app.config, workspaceId, Number(ticketId), signature);
  if (!found) return undefined;
  return {
    viewer: { kind: 'ticket', workspaceId, ticketId: Number(ticketId) },
    contactId: found.customer.contactId,
    sessionHash: undefined,
    authStartedAt,
    after: page.data.after,
  };
}

/**
 * A messenger visitor presents its visitor session token, and the socket then speaks for that contact only; a
 * signed ticket page presents its link (`ticket`), and the socket then gets that ticket's public events only.
 */
export function authenticateVisitor(app: FastifyInstance) {
  return async (socket: VisitorSocket, next: (error?: Error) => void): Promise<void> => {
    try {
      const data = await viewerOf(app, socket.handshake.auth);
      if (!data) return next(handshakeError('unauthorized', 'Pass a valid visitor session token or ticket link'));
      socket.data = data;
      next();
    } catch (error) {
      app.log.error({ err: error }, 'visitor socket authentication failed');
      next(handshakeError('unauthorized', 'Could not authenticate'));
    }
  };
}
