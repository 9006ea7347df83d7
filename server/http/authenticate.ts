import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/auth/actor.ts';
import { findSessionActor, findTokenActor, SESSION_COOKIE } from '../domain/auth/sessions.ts';
import { AppError } from '../errors.ts';
import { safeEqual } from '../lib/secrets.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the actor from a bearer token or the session cookie. Cookie-authenticated writes must echo
 * the session's CSRF token in `X-CSRF-Token`; bearer requests cannot be forged by a browser, so need none.
 */
export async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const db = request.server.db;
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const actor = token ? await findTokenActor(db, token) : undefined;
    if (!actor) throw new AppError('unauthorized', 'Access Token Invalid');
    request.actor = actor;
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  const actor = cookie ? await findSessionActor(db, cookie) : undefined;
  if (!actor?.session) throw new AppError('unauthorized', 'Sign in to continue');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, actor.session.csrfToken)) {
      throw new AppError('csrf_token_invalid', 'Missing or invalid X-CSRF-Token header');
    }
  }
  request.actor = actor;
}
