import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Session } from '../../../protocol/auth.ts';
import { ZChangePasswordRequestSchema, ZSignInRequestSchema } from '../../../protocol/auth.ts';
import type { TeammateRow } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.ts';
import { parseWith } from '../../http/validate.ts';
import { verifyPassword } from '../../lib/password.ts';
import { revokeSockets } from '../../realtime/revocation.ts';
import { presentAdminWithApp } from '../teammates/presenter.ts';
import { getTeammate, setPassword } from '../teammates/service.ts';
import { getWorkspace } from '../workspaces/service.ts';
import { createSession, deleteSession } from './sessions.ts';
import { signIn } from './sign-in.ts';

async function presentSession(request: FastifyRequest, teammate: TeammateRow, csrfToken: string): Promise<Session> {
  const db = request.server.db;
  const [withTeams, workspace] = await Promise.all([
    getTeammate(db, teammate.workspace_id, teammate.id),
    getWorkspace(db, teammate.workspace_id),
  ]);
  return { type: 'session', csrf_token: csrfToken, admin: presentAdminWithApp(withTeams, workspace) };
}

/** Starts a cookie session for `teammate` and answers with it. Also used by accepting an invitation. */
export async function startSession(request: FastifyRequest, reply: FastifyReply, teammate: TeammateRow) {
  const { cookieValue, csrfToken, expiresAt } = await createSession(request.server.db, {
    workspaceId: teammate.workspace_id,
    teammateId: teammate.id,
    ttlDays: request.server.config.sessionTtlDays,
    userAgent: request.headers['user-agent'],
  });
  setSessionCookie(request, reply, cookieValue, expiresAt);
  return presentSession(request, teammate, csrfToken);
}

export const publicAuthRoutes: FastifyPluginAsync = async (app) => {
  app.post('/auth/sign-in', async (request, reply) => {
    const { email, password } = parseWith(ZSignInRequestSchema, request.body);
    const teammate = await signIn(app.db, app.config.signIn, { email, password, ip: request.ip });
    return startSession(request, reply, teammate);
  });
};

/** Needs an authenticated actor (registered inside the authenticated scope). */
export const sessionRoutes: FastifyPluginAsync = async (app) => {
  app.get('/auth/session', async (request) => {
    const { teammate, session } = request.actor;
    return presentSession(request, teammate, session?.csrfToken ?? '');
  });

  app.post('/auth/sign-out', async (request, reply) => {
    const { workspaceId, session } = request.actor;
    if (session) {
      await deleteSession(app.db, workspaceId, session.tokenHash);
      revokeSockets(app, {
        target: { kind: 'session', workspaceId, sessionHash: session.tokenHash },
        reason: 'signed_out',
      });
    }
    clearSessionCookie(request, reply);
    return { type: 'session', signed_out: true };
  });

  /** Changing one's password ends every other session and starts a fresh one here. */
  app.post('/auth/password', async (request, reply) => {
    const { current_password, new_password } = parseWith(ZChangePasswordRequestSchema, request.body);
    const { teammate } = request.actor;
    if (!(await verifyPassword(teammate.password_hash, current_password))) {
      throw new AppError('current_password_invalid', 'The current password is not right', {
        field: 'current_password',
      });
    }
    await setPassword(app.db, teammate.workspace_id, teammate.id, new_password);
    revokeSockets(app, {
      target: { kind: 'teammate_sessions', workspaceId: teammate.workspace_id, teammateId: teammate.id },
      reason: 'password_changed',
    });
    return startSession(request, reply, teammate);
  });
};
