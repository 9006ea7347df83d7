import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import {
  BUILT_IN_VIEW_IDS,
  TEAM_VIEW_ID_PATTERN,
  ZCreateViewRequestSchema,
  ZReorderViewsRequestSchema,
  ZUpdateViewRequestSchema,
  ZViewConversationsQuerySchema,
} from '../../../protocol/views.ts';
import { AppError } from '../../errors.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { getViewWithCount, listViewsWithCounts } from './catalog.ts';
import { listViewConversations } from './conversations.ts';
import { createView } from './create.ts';
import { deleteView } from './delete.ts';
import type { ViewViewer } from './filters.ts';
import { assertCanWriteView } from './policy.ts';
import { findSavedView } from './queries.ts';
import { reorderViews } from './reorder.ts';
import { updateView } from './update.ts';

/** Built-in views by name, team inboxes as `team_<id>`, saved views by number. */
const ZAnyViewParamsSchema = z.object({
  id: z.union([z.enum(BUILT_IN_VIEW_IDS), z.string().regex(TEAM_VIEW_ID_PATTERN), ZIdParamSchema]),
});
/** Only saved views change; built-in ones are not editable. */
const ZSavedViewParamsSchema = z.object({ id: ZIdParamSchema });

/** A built-in view's id is a bad request here (it exists, but cannot change); any other non-id is not found. */
function savedViewParams(params: unknown) {
  const id = (params as { id?: string }).id ?? '';
  if ((BUILT_IN_VIEW_IDS as readonly string[]).includes(id) || TEAM_VIEW_ID_PATTERN.test(id))
    throw new AppError('parameter_invalid', 'id: built-in views and team inboxes cannot be changed', { field: 'id' });
  return parseParams(ZSavedViewParamsSchema, params);
}

const viewerOf = (request: FastifyRequest): ViewViewer => ({
  workspaceId: request.actor.workspaceId,
  teammateId: request.actor.teammate.id,
  seesEveryTeam: request.actor.teammate.role !== 'agent',
});

export const viewRoutes: FastifyPluginAsync = async (app) => {
  app.get('/views', async (request) => listViewsWithCounts(app.db, viewerOf(request)));

  app.get('/views/:id', async (request) => {
    const { id } = parseParams(ZAnyViewParamsSchema, request.params);
    return getViewWithCount(app.db, viewerOf(request), id);
  });

  app.get('/views/:id/conversations', async (request) => {
    const { id } = parseParams(ZAnyViewParamsSchema, request.params);
    const query = parseWith(ZViewConversationsQuerySchema, request.query);
    return listViewConversations(app.db, viewerOf(request), id, query);
  });

  app.post('/views', async (request) => {
    const body = parseWith(ZCreateViewRequestSchema, request.body);
    assertCanWriteView(request.actor, body.kind);
    const view = await createView(app, request.actor, body);
    return getViewWithCount(app.db, viewerOf(request), Number(view.id));
  });

  app.put('/views/positions', async (request) => {
    const body = parseWith(ZReorderViewsRequestSchema, request.body);
    await reorderViews(app, request.actor, viewerOf(request), body);
    return listViewsWithCounts(app.db, viewerOf(request));
  });

  app.put('/views/:id', async (request) => {
    const { id } = savedViewParams(request.params);
    const body = parseWith(ZUpdateViewRequestSchema, request.body);
    const existing = await findSavedView(app.db, viewerOf(request), id);
    assertCanWriteView(request.actor, existing.owner_id === null ? 'shared' : 'private');
    await updateView(app, viewerOf(request), id, body);
    return getViewWithCount(app.db, viewerOf(request), id);
  });

  app.delete('/views/:id', async (request) => {
    const { id } = savedViewParams(request.params);
    const existing = await findSavedView(app.db, viewerOf(request), id);
    assertCanWriteView(request.actor, existing.owner_id === null ? 'shared' : 'private');
    await deleteView(app, viewerOf(request), id);
    return { type: 'view', id: String(id), deleted: true };
  });
};
