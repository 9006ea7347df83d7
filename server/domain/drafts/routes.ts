import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { ZSaveDraftRequestSchema } from '../../../protocol/drafts.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { type DraftKey, deleteDraft, getDraft, listDrafts, saveDraft } from './service.ts';

const ZDraftParamsSchema = z.object({ id: ZIdParamSchema });

/** Drafts are their author's own: every route acts on the signed-in teammate's drafts only. */
function draftKey(request: FastifyRequest): DraftKey {
  const { id } = parseParams(ZDraftParamsSchema, request.params);
  return { workspaceId: request.actor.workspaceId, teammateId: request.actor.teammate.id, conversationId: id };
}

export const draftRoutes: FastifyPluginAsync = async (app) => {
  app.get('/drafts', async (request) => listDrafts(app.db, request.actor.workspaceId, request.actor.teammate.id));

  app.get('/conversations/:id/draft', async (request) => getDraft(app.db, draftKey(request)));

  app.put('/conversations/:id/draft', async (request) => {
    const key = draftKey(request);
    return saveDraft(app, key, parseWith(ZSaveDraftRequestSchema, request.body));
  });

  app.delete('/conversations/:id/draft', async (request) => deleteDraft(app, draftKey(request)));
};
