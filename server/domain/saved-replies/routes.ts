import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { ZCreateSavedReplyRequestSchema, ZUpdateSavedReplyRequestSchema } from '../../../protocol/saved-replies.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { assertCanManageSavedReplies } from './policy.ts';
import { presentSavedReply, presentSavedReplyList } from './presenter.ts';
import { createSavedReply, deleteSavedReply, getSavedReply, listSavedReplies, updateSavedReply } from './service.ts';

const ZSavedReplyParamsSchema = z.object({ id: ZIdParamSchema });

export const savedReplyRoutes: FastifyPluginAsync = async (app) => {
  app.get('/saved_replies', async (request) =>
    presentSavedReplyList(await listSavedReplies(app.db, request.actor.workspaceId)),
  );

  app.get('/saved_replies/:id', async (request) => {
    const { id } = parseParams(ZSavedReplyParamsSchema, request.params);
    return presentSavedReply(await getSavedReply(app.db, request.actor.workspaceId, id));
  });

  app.post('/saved_replies', async (request) => {
    assertCanManageSavedReplies(request.actor);
    const body = parseWith(ZCreateSavedReplyRequestSchema, request.body);
    const { workspaceId, teammate } = request.actor;
    return presentSavedReply(await createSavedReply(app.db, workspaceId, teammate.id, body));
  });

  app.put('/saved_replies/:id', async (request) => {
    const { id } = parseParams(ZSavedReplyParamsSchema, request.params);
    assertCanManageSavedReplies(request.actor);
    const body = parseWith(ZUpdateSavedReplyRequestSchema, request.body);
    return presentSavedReply(await updateSavedReply(app.db, request.actor.workspaceId, id, body));
  });

  app.delete('/saved_replies/:id', async (request) => {
    const { id } = parseParams(ZSavedReplyParamsSchema, request.params);
    assertCanManageSavedReplies(request.actor);
    await deleteSavedReply(app.db, request.actor.workspaceId, id);
    return { type: 'saved_reply', id: String(id), deleted: true };
  });
};
