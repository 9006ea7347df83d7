import type { FastifyInstance } from 'fastify';
import { ZVisitorHandshakeSchema } from '../../protocol/realtime.ts';
import { handshakeError } from './handshake-error.ts';
import type { VisitorSocket } from './types.ts';
import { findVisitorSession } from './visitor-sessions.ts';

/** A messenger visitor presents its visitor session token; the socket then speaks for that contact only. */
export function authenticateVisitor(app: FastifyInstance) {
  return async (socket: VisitorSocket, next: (error?: Error) => void): Promise<void> => {
    const auth = ZVisitorHandshakeSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(handshakeError('unauthorized', 'Pass a visitor session token'));
    try {
      const session = await findVisitorSession(app.db, auth.data.token);
      if (!session) return next(handshakeError('unauthorized', 'Visitor session invalid or expired'));
      socket.data = { viewer: { kind: 'visitor', ...session }, after: auth.data.after };
      next();
    } catch (error) {
      app.log.error({ err: error }, 'visitor socket authentication failed');
      next(handshakeError('unauthorized', 'Could not authenticate'));
    }
  };
}
