import type { FastifyPluginAsync } from 'fastify';
import { countUnreadAssigned } from './service.ts';

/** The signed-in teammate's unread count (the tab's title); only ever their own. */
export const unreadRoutes: FastifyPluginAsync = async (app) => {
  app.get('/me/unread', async (request) =>
    countUnreadAssigned(app.db, request.actor.workspaceId, request.actor.teammate.id),
  );
};
