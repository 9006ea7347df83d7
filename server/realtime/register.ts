import type { FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import { AGENTS_NAMESPACE, VISITORS_NAMESPACE } from '../../protocol/realtime.ts';
import { trackAgentPresence } from '../domain/assignment/presence.ts';
import { lastEventId, listEvents } from '../domain/events/service.ts';
import { routeEvent } from '../domain/events/visibility.ts';
import { authenticateAgent } from './agent-auth.ts';
import { handleAgentMessages } from './agent-messages.ts';
import { startCredentialCheck } from './credential-check.ts';
import { createFanOut } from './fan-out.ts';
import { handshakeError } from './handshake-error.ts';
import { AGENT_MESSAGE_LIMIT, createMessageLimits, VISITOR_MESSAGE_LIMIT } from './message-limits.ts';
import { createRedisFanOut } from './redis-adapter.ts';
import { closeRevoked, createRevoker } from './revocation.ts';
import { rooms } from './rooms.ts';
import { type EventSource, startStream } from './stream.ts';
import type { AgentNamespace, VisitorNamespace } from './types.ts';
import { authenticateVisitor } from './visitor-auth.ts';
import { handleVisitorMessages } from './visitor-messages.ts';

declare module 'fastify' {
  interface FastifyInstance {
    realtime: Server;
  }
}

/**
 * Attaches the Socket.IO gateway to the app's HTTP server (it serves once the app listens) and pushes every
 * committed event to the sockets allowed to see it. With `REDIS_URL`, each node also hands its committed
 * events to the others through the Redis adapter; every node then delivers to its own sockets.
 */
export async function registerRealtime(app: FastifyInstance): Promise<void> {
  const io = new Server(app.server, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
  const redis = app.config.redisUrl
    ? createRedisFanOut(app.config.redisUrl, app.config.redisKeyPrefix, {
        onError: (error) => app.log.error({ err: error }, 'redis connection error'),
        onRecovered: () => resumeLocalSockets(),
      })
    : undefined;
  if (redis) io.adapter(redis.adapter);
  app.decorate('redisFanOut', redis);
  /**
   * Pushes from other processes were lost while Redis was away: drop every local connection (no Socket.IO
   * disconnect, so clients reconnect by themselves) and let each resume from its last event id.
   */
  function resumeLocalSockets(): void {
    app.log.warn('redis is back: local sockets reconnect and resume');
    for (const namespace of [agents, visitors]) for (const socket of namespace.sockets.values()) socket.conn.close();
  }
  io.use((_socket, next) =>
    next(handshakeError('unauthorized', `Connect to ${AGENTS_NAMESPACE} or ${VISITORS_NAMESPACE}`)),
  );
  const agents: AgentNamespace = io.of(AGENTS_NAMESPACE);
  const visitors: VisitorNamespace = io.of(VISITORS_NAMESPACE);
  const fanOut = createFanOut(agents, visitors);
  const source: EventSource = {
    listEvents: (viewer, after, limit) => listEvents(app.db, viewer, after, limit),
    lastEventId: (workspaceId) => lastEventId(app.db, workspaceId),
  };
  const context = { events: source, fanOut };
  const revoker = createRevoker({ agents, visitors }, redis !== undefined);
  const agentLimits = createMessageLimits(AGENT_MESSAGE_LIMIT);
  const visitorLimits = createMessageLimits(VISITOR_MESSAGE_LIMIT);
  let shuttingDown = false;

  agents.use(authenticateAgent(app));
  agents.on('connection', (socket) => {
    const { viewer } = socket.data;
    const revoked = revoker.agentRevokedSince(socket);
    if (revoked) return closeRevoked(socket, revoked);
    agentLimits.attach(socket, rooms.teammate(viewer.workspaceId, viewer.teammateId));
    handleAgentMessages(app, { agents, visitors }, socket, () => shuttingDown);
    const roomNames = [rooms.agents(viewer.workspaceId), rooms.teammate(viewer.workspaceId, viewer.teammateId)];
    startStream(context, socket, viewer, socket.data.after, roomNames).catch((error: unknown) => {
      app.log.error({ err: error }, 'agent stream failed to start');
      socket.disconnect(true);
    });
  });

  trackAgentPresence(app, agents);

  visitors.use(authenticateVisitor(app));
  visitors.on('connection', (socket) => {
    const { viewer } = socket.data;
    const revoked = revoker.visitorRevokedSince(socket);
    if (revoked) return closeRevoked(socket, revoked);
    visitorLimits.attach(socket, rooms.contact(viewer.workspaceId, socket.data.contactId));
    // A signed ticket page only listens.
    if (viewer.kind === 'visitor') handleVisitorMessages(app, agents, socket, viewer);
    const roomNames = [
      viewer.kind === 'visitor'
        ? rooms.contact(viewer.workspaceId, viewer.contactId)
        : rooms.ticket(viewer.workspaceId, viewer.ticketId),
    ];
    startStream(context, socket, viewer, socket.data.after, roomNames).catch((error: unknown) => {
      app.log.error({ err: error }, 'visitor stream failed to start');
      socket.disconnect(true);
    });
  });

  agents.on('events', (batch) => fanOut.deliver(batch));
  agents.on('revoke', (revocation) => revoker.revokeLocally(revocation));
  const unsubscribe = app.eventBus.subscribe((stored) => {
    const batch = stored.map(routeEvent);
    fanOut.deliver(batch);
    if (redis) agents.serverSideEmit('events', batch);
  });

  app.decorate('realtime', io);
  app.decorate('socketRevoker', revoker);
  const stopCredentialCheck = startCredentialCheck(app, { agents, visitors }, app.config.socketCredentialCheckMs);
  // Fastify closes the HTTP server itself; here, only the sockets, the engine and Redis.
  app.addHook('preClose', async () => {
    shuttingDown = true;
    unsubscribe();
    stopCredentialCheck();
    agents.local.disconnectSockets(true);
    visitors.local.disconnectSockets(true);
    io.engine.close();
    await Promise.allSettled([agents.adapter.close(), visitors.adapter.close()]);
    await redis?.close();
  });
}
