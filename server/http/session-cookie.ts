import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../domain/auth/sessions.ts';

/** HttpOnly, SameSite=Lax, and Secure whenever the request came over https (directly or via a trusted proxy). */
function cookieOptions(request: FastifyRequest) {
  const secure = request.protocol === 'https' || request.server.config.publicUrl.startsWith('https://');
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, value, { ...cookieOptions(request), expires });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}
