import type { FastifyPluginAsync } from 'fastify';
import { parseWith } from '../../http/validate.ts';
import { ZEventListQuerySchema } from './schema.ts';
import { listEvents } from './service.ts';

/** Replay: what a client missed since the last event id it saw (see docs/realtime.md). */
export const eventRoutes: FastifyPluginAsync = async (app) => {
  app.get('/events', async (request) => {
    const { after, limit } = parseWith(ZEventListQuerySchema, request.query);
    const viewer = {
      kind: 'agent' as const,
      workspaceId: request.actor.workspaceId,
      teammateId: request.actor.teammate.id,
    };
    return listEvents(app.db, viewer, after, limit);
  });
};
