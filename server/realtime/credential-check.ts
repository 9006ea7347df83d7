import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/index.ts';
import { closeRevoked } from './revocation.ts';
import type { AgentNamespace, AgentSocket, VisitorNamespace, VisitorSocket } from './types.ts';

/** Credentials per query: keeps each statement's parameter list small. */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** `<workspace>:<value>`: a credential is only ever looked up inside its own workspace. */
const keyOf = (workspaceId: string, value: string | number) => `${workspaceId}:${value}`;

/** The live sessions among `pairs` (workspace, session hash), with their teammate's role. */
async function liveSessions(db: Db, pairs: [string, string][]): Promise<Map<string, string>> {
  const live = new Map<string, string>();
  for (const chunk of chunks(pairs)) {
    const rows = await db
      .selectFrom('sessions')
      .innerJoin('teammates', (join) =>
        join
          .onRef('teammates.workspace_id', '=', 'sessions.workspace_id')
          .onRef('teammates.id', '=', 'sessions.teammate_id'),
      )
      .select(['sessions.workspace_id', 'sessions.token_hash', 'teammates.role'])
      .where((eb) =>
        eb(
          eb.refTuple('sessions.workspace_id', 'sessions.token_hash'),
          'in',
          chunk.map(([workspaceId, hash]) => eb.tuple(workspaceId, hash)),
        ),
      )
      .where('sessions.expires_at', '>', new Date())
      .where('teammates.deactivated_at', 'is', null)
      .execute();
    for (const row of rows) live.set(keyOf(row.workspace_id, row.token_hash), row.role);
  }
  return live;
}

/** The live tokens among `pairs` (workspace, token id), with their teammate's role. */
async function liveTokens(db: Db, pairs: [string, number][]): Promise<Map<string, string>> {
  const live = new Map<string, string>();
  for (const chunk of chunks(pairs)) {
    const rows = await db
      .selectFrom('access_tokens')
      .innerJoin('teammates', (join) =>
        join
          .onRef('teammates.workspace_id', '=', 'access_tokens.workspace_id')
          .onRef('teammates.id', '=', 'access_tokens.teammate_id'),
      )
      .select(['access_tokens.workspace_id', 'access_tokens.id', 'teammates.role'])
      .where((eb) =>
        eb(
          eb.refTuple('access_tokens.workspace_id', 'access_tokens.id'),
          'in',
          chunk.map(([workspaceId, id]) => eb.tuple(workspaceId, id)),
        ),
      )
      .where('access_tokens.revoked_at', 'is', null)
      .where('teammates.deactivated_at', 'is', null)
      .execute();
    for (const row of rows) live.set(keyOf(row.workspace_id, row.id), row.role);
  }
  return live;
}

/** The live visitor sessions among `pairs` (workspace, session hash): unexpired, of a contact neither deleted nor blocked. */
async function liveVisitorSessions(db: Db, pairs: [string, string][]): Promise<Set<string>> {
  const live = new Set<string>();
  for (const chunk of chunks(pairs)) {
    const rows = await db
      .selectFrom('visitor_sessions')
      .innerJoin('contacts', (join) =>
        join
          .onRef('contacts.workspace_id', '=', 'visitor_sessions.workspace_id')
          .onRef('contacts.id', '=', 'visitor_sessions.contact_id'),
      )
      .select(['visitor_sessions.workspace_id', 'visitor_sessions.token_hash'])
      .where((eb) =>
        eb(
          eb.refTuple('visitor_sessions.workspace_id', 'visitor_sessions.token_hash'),
          'in',
          chunk.map(([workspaceId, hash]) => eb.tuple(workspaceId, hash)),
        ),
      )
      .where('visitor_sessions.expires_at', '>', new Date())
      .where('contacts.deleted_at', 'is', null)
      .where('contacts.blocked_at', 'is', null)
      .execute();
    for (const row of rows) live.add(keyOf(row.workspace_id, row.token_hash));
  }
  return live;
}

/** The contacts among `pairs` (workspace, contact id) that are not deleted. */
async function liveContacts(db: Db, pairs: [string, number][]): Promise<Set<string>> {
  const live = new Set<string>();
  for (const chunk of chunks(pairs)) {
    const rows = await db
      .selectFrom('contacts')
      .select(['workspace_id', 'id'])
      .where((eb) =>
        eb(
          eb.refTuple('workspace_id', 'id'),
          'in',
          chunk.map(([workspaceId, id]) => eb.tuple(workspaceId, id)),
        ),
      )
      .where('deleted_at', 'is', null)
      .execute();
    for (const row of rows) live.add(keyOf(row.workspace_id, row.id));
  }
  return live;
}

async function checkAgents(db: Db, sockets: AgentSocket[]): Promise<void> {
  const sessions: [string, string][] = [];
  const tokens: [string, number][] = [];
  for (const { data } of sockets) {
    const { workspaceId } = data.viewer;
    if (data.credential.kind === 'session') sessions.push([workspaceId, data.credential.sessionHash]);
    else tokens.push([workspaceId, data.credential.tokenId]);
  }
  const [liveSessionRoles, liveTokenRoles] = await Promise.all([liveSessions(db, sessions), liveTokens(db, tokens)]);
  for (const socket of sockets) {
    const { viewer, credential } = socket.data;
    const role =
      credential.kind === 'session'
        ? liveSessionRoles.get(keyOf(viewer.workspaceId, credential.sessionHash))
        : liveTokenRoles.get(keyOf(viewer.workspaceId, credential.tokenId));
    if (role === undefined) closeRevoked(socket, 'credentials_invalid');
    else if (role !== socket.data.role) closeRevoked(socket, 'role_changed');
  }
}

/** A messenger holds while its visitor session does; a signed ticket page while its ticket's contact exists. */
async function checkVisitors(db: Db, sockets: VisitorSocket[]): Promise<void> {
  const sessions: [string, string][] = [];
  const customers: [string, number][] = [];
  for (const { data } of sockets) {
    if (data.sessionHash !== undefined) sessions.push([data.viewer.workspaceId, data.sessionHash]);
    else customers.push([data.viewer.workspaceId, data.contactId]);
  }
  const [liveSessions, liveCustomers] = await Promise.all([
    liveVisitorSessions(db, sessions),
    liveContacts(db, customers),
  ]);
  for (const socket of sockets) {
    const { viewer, sessionHash, contactId } = socket.data;
    const holds =
      sessionHash !== undefined
        ? liveSessions.has(keyOf(viewer.workspaceId, sessionHash))
        : liveCustomers.has(keyOf(viewer.workspaceId, contactId));
    if (!holds) closeRevoked(socket, 'credentials_invalid');
  }
}

/**
 * The safety net under the pushed revocations (revocation.ts): every `intervalMs`, each app process re-reads the
 * credentials of its own open sockets in a few statements and closes those that no longer hold — a session or
 * token ended by a process that could not tell the others (the CLI without Redis, Redis down at that moment), a
 * session that expired, a messenger's visitor session ended (the site's `shutdown`), a role changed meanwhile.
 * Returns a function that stops it.
 */
export function startCredentialCheck(
  app: FastifyInstance,
  { agents, visitors }: { agents: AgentNamespace; visitors: VisitorNamespace },
  intervalMs: number,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    Promise.all([
      checkAgents(app.db, [...agents.sockets.values()]),
      checkVisitors(app.db, [...visitors.sockets.values()]),
    ])
      .catch((error: unknown) => app.log.warn({ err: error }, 'socket credential check failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
