import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { ZCreateTagRequestSchema } from '../../../protocol/conversations.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import type { TagRow } from '../conversations/rows.ts';
import { createOrRenameTag, deleteTag, getTag, listTags } from './service.ts';

const ZTagParamsSchema = z.object({ id: ZIdParamSchema });
const presentTagRow = (tag: TagRow) => ({ type: 'tag' as const, id: String(tag.id), name: tag.name });

export const tagRoutes: FastifyPluginAsync = async (app) => {
  app.get('/tags', async (request) => ({
    type: 'list',
    data: (await listTags(app.db, request.actor.workspaceId)).map(presentTagRow),
  }));

  app.post('/tags', async (request) => {
    const body = parseWith(ZCreateTagRequestSchema, request.body);
    return presentTagRow(await createOrRenameTag(app.db, request.actor.workspaceId, body));
  });

  app.get('/tags/:id', async (request) => {
    const { id } = parseParams(ZTagParamsSchema, request.params);
    return presentTagRow(await getTag(app.db, request.actor.workspaceId, id));
  });

  app.delete('/tags/:id', async (request, reply) => {
    const { id } = parseParams(ZTagParamsSchema, request.params);
    await deleteTag(app.db, request.actor.workspaceId, id);
    return reply.send({ type: 'tag', id: String(id), deleted: true });
  });
};
