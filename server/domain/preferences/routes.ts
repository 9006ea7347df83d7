import type { FastifyPluginAsync } from 'fastify';
import { ZUpdatePreferencesRequestSchema } from '../../../protocol/preferences.ts';
import { parseWith } from '../../http/validate.ts';
import { getPreferences, updatePreferences } from './service.ts';

/** The signed-in teammate's own preferences: nobody reads or changes another's. */
export const preferenceRoutes: FastifyPluginAsync = async (app) => {
  app.get('/me/preferences', async (request) =>
    getPreferences(app.db, request.actor.workspaceId, request.actor.teammate.id),
  );

  app.put('/me/preferences', async (request) => {
    const changes = parseWith(ZUpdatePreferencesRequestSchema, request.body);
    return updatePreferences(app, request.actor.workspaceId, request.actor.teammate.id, changes);
  });
};
