import type { FastifyPluginAsync } from 'fastify';
import { ZInboxSearchQuerySchema, ZInboxSearchResultSchema } from '../../../protocol/search.ts';
import { parseWith } from '../../http/validate.ts';
import { searchInbox } from './inbox.ts';

/** The inbox's search box: `GET /api/search?q=&per_page=` (docs/inbox.md#search). Every teammate may search. */
export const searchRoutes: FastifyPluginAsync = async (app) => {
  app.get('/search', async (request) => {
    const { q, per_page } = parseWith(ZInboxSearchQuerySchema, request.query);
    const result = await searchInbox(app.db, request.actor.workspaceId, q, per_page);
    return ZInboxSearchResultSchema.parse(result);
  });
};
