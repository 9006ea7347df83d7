import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { expressionBuilder } from 'kysely';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import {
  ZCreateConversationRequestSchema,
  ZCreateMessageRequestSchema,
  ZIdempotencyKeySchema,
  ZManageRequestSchema,
  ZReplyRequestSchema,
  ZTagConversationRequestSchema,
  ZUntagConversationRequestSchema,
  ZUpdateConversationRequestSchema,
} from '../../../protocol/conversations.ts';
import { ZSearchRequestSchema } from '../../../protocol/search.ts';
import type { DB } from '../../db/schema.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { afterCommit, drainTeamsOf } from '../assignment/queue.ts';
import { compileSearchQuery } from '../search/query.ts';
import { resolveActingAdmin } from './actors.ts';
import { startConversation } from './create.ts';
import { resolveConversationFields } from './fields.ts';
import { listConversations } from './list.ts';
import { manageConversation } from './manage.ts';
import { renderConversation } from './render.ts';
import { replyToConversation } from './reply.ts';
import { setConversationTag } from './tagging.ts';
import { updateConversation } from './update.ts';

const ZConversationParamsSchema = z.object({ id: ZIdParamSchema });
const ZReplyParamsSchema = z.object({ id: z.union([z.literal('last'), ZIdParamSchema]) });
const ZTagParamsSchema = z.object({ id: ZIdParamSchema, tag_id: ZIdParamSchema });
export const ZListQuerySchema = z.object({
  per_page: z.coerce.number().int().min(1).max(150).default(20),
  starting_after: z.string().max(200).optional(),
});

/** The body with the `Idempotency-Key` header folded in as `idempotency_key` (the header wins). */
function withIdempotencyKey(request: FastifyRequest): unknown {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return request.body;
  const key = parseWith(ZIdempotencyKeySchema, Array.isArray(header) ? header[0] : header);
  return { ...(request.body as object), idempotency_key: key };
}

export const conversationRoutes: FastifyPluginAsync = async (app) => {
  app.post('/conversations', async (request) => {
    const body = parseWith(ZCreateConversationRequestSchema, withIdempotencyKey(request));
    const id = await startConversation(app, {
      workspaceId: request.actor.workspaceId,
      contactId: Number(body.from.id),
      body: body.body,
      createdAt: body.created_at ? new Date(body.created_at * 1000) : undefined,
      idempotencyKey: body.idempotency_key,
    });
    const conversation = await renderConversation(app.db, request.actor.workspaceId, id);
    return {
      type: 'user_message',
      id: conversation.id,
      created_at: conversation.created_at,
      body: conversation.source.body,
      message_type: 'inapp',
      conversation_id: conversation.id,
    };
  });

  app.post('/messages', async (request) => {
    const body = parseWith(ZCreateMessageRequestSchema, withIdempotencyKey(request));
    const teammate = await resolveActingAdmin(app.db, request.actor, body.from.id);
    const id = await startConversation(app, {
      workspaceId: request.actor.workspaceId,
      contactId: Number(body.to.id),
      body: body.body,
      subject: body.subject,
      teammate,
      idempotencyKey: body.idempotency_key,
    });
    const conversation = await renderConversation(app.db, request.actor.workspaceId, id, teammate.id);
    return {
      type: 'admin_message',
      id: conversation.id,
      created_at: conversation.created_at,
      body: conversation.source.body,
      message_type: body.message_type,
      conversation_id: conversation.id,
    };
  });

  app.get('/conversations', async (request) => {
    const query = parseWith(ZListQuerySchema, request.query);
    const page = { perPage: query.per_page, startingAfter: query.starting_after };
    return listConversations(app.db, request.actor.workspaceId, page, request.actor.teammate.id);
  });

  app.post('/conversations/search', async (request) => {
    const { query, pagination } = parseWith(ZSearchRequestSchema, request.body);
    const fields = resolveConversationFields(request.actor.workspaceId);
    const condition = compileSearchQuery(expressionBuilder<DB, 'conversations'>(), query, fields);
    const page = { perPage: pagination?.per_page ?? 20, startingAfter: pagination?.starting_after ?? undefined };
    const viewerId = request.actor.teammate.id;
    return listConversations(app.db, request.actor.workspaceId, page, viewerId, condition, 'pagination.starting_after');
  });

  app.get('/conversations/:id', async (request) => {
    const { id } = parseParams(ZConversationParamsSchema, request.params);
    return renderConversation(app.db, request.actor.workspaceId, id, request.actor.teammate.id);
  });

  app.post('/conversations/:id/reply', async (request) => {
    const { id } = parseParams(ZReplyParamsSchema, request.params);
    const body = parseWith(ZReplyRequestSchema, withIdempotencyKey(request));
    const conversationId = await replyToConversation(app, request.actor, id, body);
    return renderConversation(app.db, request.actor.workspaceId, conversationId, request.actor.teammate.id);
  });

  app.post('/conversations/:id/parts', async (request) => {
    const { id } = parseParams(ZConversationParamsSchema, request.params);
    const body = parseWith(ZManageRequestSchema, request.body);
    const { released } = await manageConversation(app, request.actor, id, body);
    // A teammate who let go of an open conversation may have a free slot for their teams' queues.
    if (released !== null)
      await afterCommit(app, 'handing out queues', () => drainTeamsOf(app, request.actor.workspaceId, released));
    return renderConversation(app.db, request.actor.workspaceId, id, request.actor.teammate.id);
  });

  app.put('/conversations/:id', async (request) => {
    const { id } = parseParams(ZConversationParamsSchema, request.params);
    const body = parseWith(ZUpdateConversationRequestSchema, request.body);
    await updateConversation(app, request.actor, id, body);
    return renderConversation(app.db, request.actor.workspaceId, id, request.actor.teammate.id);
  });

  app.post('/conversations/:id/tags', async (request) => {
    const { id } = parseParams(ZConversationParamsSchema, request.params);
    const body = parseWith(ZTagConversationRequestSchema, request.body);
    const input = { conversationId: id, tagId: Number(body.id), adminId: body.admin_id, applied: true };
    return setConversationTag(app, request.actor, input);
  });

  app.delete('/conversations/:id/tags/:tag_id', async (request) => {
    const { id, tag_id } = parseParams(ZTagParamsSchema, request.params);
    const body = parseWith(ZUntagConversationRequestSchema, request.body);
    const input = { conversationId: id, tagId: tag_id, adminId: body.admin_id, applied: false };
    return setConversationTag(app, request.actor, input);
  });
};
