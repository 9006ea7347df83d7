import type { FastifyInstance } from 'fastify';
import { ZAgentHandshakeSchema } from '../../protocol/realtime.ts';
import type { Actor } from '../domain/auth/actor.ts';
import { findSessionActor, findTokenActor, SESSION_COOKIE } from '../domain/auth/sessions.ts';
import { safeEqual } from '../lib/secrets.ts';
import { handshakeError } from './handshake-error.ts';
import type { AgentCredential, AgentSocket } from './types.ts';

/**
 * The same credentials as the HTTP API: a bearer token in `auth.token`, or the session cookie. A cookie
 * must come with the session's CSRF token in `auth.csrf_token`, or any site could open a socket with it.
 */
async function findActor(app: FastifyInstance, socket: AgentSocket, auth: { token?: string; csrf_token?: string }) {
  if (auth.token !== undefined) return findTokenActor(app.db, auth.token);
  const cookie = app.parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
  const actor: Actor | undefined = cookie ? await findSessionActor(app.db, cookie) : undefined;
  if (!actor?.session || !auth.csrf_token || !safeEqual(auth.csrf_token, actor.session.csrfToken)) return undefined;
  return actor;
}

function credentialOf(actor: Actor): AgentCredential | undefined {
  if (actor.session) return { kind: 'session', sessionHash: actor.session.tokenHash };
  if (actor.token) return { kind: 'token', tokenId: actor.token.id };
  return undefined;
}

export function authenticateAgent(app: FastifyInstance) {
  return async (socket: AgentSocket, next: (error?: Error) => void): Promise<void> => {
    const auth = ZAgentHandshakeSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(handshakeError('parameter_invalid', 'Invalid handshake auth'));
    try {
      const authStartedAt = performance.now();
      const actor = await findActor(app, socket, auth.data);
      const credential = actor && credentialOf(actor);
      if (!actor || !credential) return next(handshakeError('unauthorized', 'Sign in or pass a valid access token'));
      const { workspaceId, teammate } = actor;
      socket.data = {
        viewer: { kind: 'agent', workspaceId, teammateId: teammate.id },
        teammate: { type: 'admin', id: String(teammate.id), name: teammate.name },
        credential,
        role: teammate.role,
        authStartedAt,
        after: auth.data.after,
        viewing: undefined,
      };
      next();
    } catch (error) {
      app.log.error({ err: error }, 'agent socket authentication failed');
      next(handshakeError('unauthorized', 'Could not authenticate'));
    }
  };
}
