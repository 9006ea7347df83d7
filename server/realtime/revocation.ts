import type { FastifyInstance } from 'fastify';
import type { Socket } from 'socket.io';
import type { RevocationReason, Revoked } from '../../protocol/realtime.ts';
import type { AgentNamespace, AgentSocket, VisitorNamespace, VisitorSocket } from './types.ts';

/** Whose sockets a revocation ends. */
export type RevocationTarget =
  | { kind: 'session'; workspaceId: string; sessionHash: string }
  /** Every socket a teammate opened with a cookie (a password change); their tokens' sockets stay. */
  | { kind: 'teammate_sessions'; workspaceId: string; teammateId: number }
  | { kind: 'teammate'; workspaceId: string; teammateId: number }
  | { kind: 'token'; workspaceId: string; tokenId: number }
  /** A contact's messengers and the signed ticket pages of their tickets (a deletion). */
  | { kind: 'contact'; workspaceId: string; contactId: number }
  /** A contact's messengers only (a block: their signed ticket links keep working). */
  | { kind: 'contact_messengers'; workspaceId: string; contactId: number };

export interface Revocation {
  target: RevocationTarget;
  reason: RevocationReason;
}

/** How long a node remembers a revocation, for handshakes that read their credentials just before it. */
const REMEMBER_MS = 60_000;

function isAgentTarget(target: RevocationTarget, { viewer, credential }: AgentSocket['data']): boolean {
  if (isContactTarget(target) || target.workspaceId !== viewer.workspaceId) return false;
  switch (target.kind) {
    case 'session':
      return credential.kind === 'session' && credential.sessionHash === target.sessionHash;
    case 'token':
      return credential.kind === 'token' && credential.tokenId === target.tokenId;
    case 'teammate_sessions':
      return credential.kind === 'session' && viewer.teammateId === target.teammateId;
    case 'teammate':
      return viewer.teammateId === target.teammateId;
  }
}

function isContactTarget(target: RevocationTarget) {
  return target.kind === 'contact' || target.kind === 'contact_messengers';
}

function isVisitorTarget(target: RevocationTarget, { viewer, contactId }: VisitorSocket['data']): boolean {
  if (target.kind === 'contact_messengers' && viewer.kind !== 'visitor') return false;
  return isContactTarget(target) && target.workspaceId === viewer.workspaceId && target.contactId === contactId;
}

/**
 * Tells the client why, then closes. A role change drops the connection without a Socket.IO disconnect, so
 * the client reconnects by itself (with `after`, missing nothing) and is authenticated again under the new role;
 * any other reason disconnects for good (a client that reconnects anyway is refused at the handshake).
 */
export function closeRevoked(socket: Socket, reason: RevocationReason): void {
  const revoked: Revoked = { type: 'revoked', reason };
  socket.emit('revoked', revoked);
  if (reason === 'role_changed') socket.conn.close();
  else socket.disconnect(true);
}

export interface Revoker {
  /** Ends the target's sockets on this node and, through the Redis adapter, on every other node. */
  revoke(revocation: Revocation): void;
  /** Ends the target's sockets on this node only (a revocation another node sent). */
  revokeLocally(revocation: Revocation): void;
  /** A revocation that reached this node after the socket's handshake began reading its credentials, if any. */
  agentRevokedSince(socket: AgentSocket): RevocationReason | undefined;
  visitorRevokedSince(socket: VisitorSocket): RevocationReason | undefined;
}

/**
 * Each node matches a revocation against its own sockets' credentials, whatever rooms they have joined yet (a
 * socket still replaying is in none). A handshake that read its credentials before the change committed but
 * connects after the revocation arrived is caught by the short memory of recent revocations.
 */
export function createRevoker(
  { agents, visitors }: { agents: AgentNamespace; visitors: VisitorNamespace },
  isFanningOut: boolean,
): Revoker {
  const recent: { revocation: Revocation; at: number }[] = [];

  function remember(revocation: Revocation): void {
    const now = performance.now();
    while (recent.length > 0 && (recent[0]?.at ?? now) < now - REMEMBER_MS) recent.shift();
    recent.push({ revocation, at: now });
  }

  function reasonSince(since: number, covers: (target: RevocationTarget) => boolean) {
    return recent.find(({ revocation, at }) => at >= since && covers(revocation.target))?.revocation.reason;
  }

  function revokeLocally(revocation: Revocation): void {
    remember(revocation);
    const { target, reason } = revocation;
    if (isContactTarget(target)) {
      for (const socket of visitors.sockets.values())
        if (isVisitorTarget(target, socket.data)) closeRevoked(socket, reason);
      return;
    }
    for (const socket of agents.sockets.values()) if (isAgentTarget(target, socket.data)) closeRevoked(socket, reason);
  }

  return {
    revoke(revocation) {
      revokeLocally(revocation);
      if (isFanningOut) agents.serverSideEmit('revoke', revocation);
    },
    revokeLocally,
    agentRevokedSince: (socket) =>
      reasonSince(socket.data.authStartedAt, (target) => isAgentTarget(target, socket.data)),
    visitorRevokedSince: (socket) =>
      reasonSince(socket.data.authStartedAt, (target) => isVisitorTarget(target, socket.data)),
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    socketRevoker: Revoker;
  }
}

/**
 * Called by the routes after a change commits: ends the sockets the change revoked, on every app node. A no-op
 * where no realtime gateway runs (the CLI, `inject()` tests).
 */
export function revokeSockets(app: FastifyInstance, revocation: Revocation): void {
  if (!app.hasDecorator('socketRevoker')) return;
  try {
    app.socketRevoker.revoke(revocation);
  } catch (error) {
    // The change is committed whatever happens here; the periodic check catches what this missed.
    app.log.error({ err: error, revocation }, 'could not revoke sockets');
  }
}
