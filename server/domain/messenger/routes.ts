import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import {
  ZMessengerAnswerRequestSchema,
  ZMessengerBootRequestSchema,
  ZMessengerReplyRequestSchema,
  ZMessengerStartRequestSchema,
  ZMessengerUpdateRequestSchema,
  ZTrackEventRequestSchema,
} from '../../../protocol/messenger.ts';
import { AppError } from '../../errors.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { deleteVisitorSession, findVisitorSession, type VisitorSession } from '../../realtime/visitor-sessions.ts';
import { bootMessenger, trackVisitorEvent, visitorLanguage } from './boot.ts';
import { listVisitorConversations, markReadByVisitor, renderVisitorConversation } from './conversations.ts';
import { answerBotQuestion, replyAsVisitor, startVisitorConversation } from './send.ts';
import { messengerTicketRoutes } from './tickets-routes.ts';

declare module 'fastify' {
  interface FastifyRequest {
    visitor: VisitorSession;
  }
}

export const VISITOR_HEADER = 'x-charla-visitor';
const ZAppParamsSchema = z.object({ appId: z.string().regex(/^[a-z0-9]{1,40}$/, 'Unknown app_id') });
const ZConversationParamsSchema = z.object({ id: ZIdParamSchema });

async function authenticateVisitor(request: FastifyRequest): Promise<void> {
  const token = request.headers[VISITOR_HEADER];
  const session = typeof token === 'string' ? await findVisitorSession(request.server.db, token) : undefined;
  if (!session) throw new AppError('unauthorized', 'Visitor session invalid or expired: boot the messenger again');
  request.visitor = session;
}

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/** A hook that answers 429 with Retry-After once the limiter's count for this request's key is exceeded. */
export function enforce(limiter: Limiter) {
  return async (request: FastifyRequest): Promise<void> => {
    const result = await limiter(request);
    if (result.isAllowed || !result.isExceeded) return;
    const seconds = Math.max(1, result.ttlInSeconds);
    throw new AppError('rate_limited', `Too many requests: try again in ${seconds} s`, { retryAfterSeconds: seconds });
  };
}

/**
 * The messenger's API, called by the customer's browser (from the messenger iframe). Rate limited per IP
 * on every route and per visitor on sends; a visitor only ever reaches its own contact's conversations.
 */
export const messengerRoutes: FastifyPluginAsync = async (app) => {
  const limits = app.config.messengerRateLimits;
  // Two counters per request (IP, then visitor): the plugin's own hooks run only one, so its limiters are
  // applied here.
  await app.register(rateLimit, { global: false });
  app.addHook('onRequest', enforce(app.createRateLimit({ max: limits.perIpPerMinute, timeWindow: 60_000 })));
  const perVisitor = enforce(
    app.createRateLimit({
      max: limits.sendsPerVisitorPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => `visitor:${request.visitor.workspaceId}:${request.visitor.contactId}`,
    }),
  );
  const services = { db: app.db, eventBus: app.eventBus };

  app.post('/messenger/:appId/boot', async (request) => {
    const { appId } = parseParams(ZAppParamsSchema, request.params);
    return bootMessenger(services, appId, parseWith(ZMessengerBootRequestSchema, request.body));
  });

  await app.register(async (visitorScope) => {
    visitorScope.addHook('preHandler', authenticateVisitor);

    visitorScope.put('/messenger/me', async (request) => {
      const input = parseWith(ZMessengerUpdateRequestSchema, request.body);
      const token = request.headers[VISITOR_HEADER] as string;
      return bootMessenger(services, request.visitor.workspaceId, { ...input, visitor_token: token });
    });

    // Intercom's `shutdown`: this browser forgets the visitor; its token stops working.
    visitorScope.delete('/messenger/session', async (request, reply) => {
      await deleteVisitorSession(app.db, request.headers[VISITOR_HEADER] as string);
      return reply.status(204).send();
    });

    visitorScope.get('/messenger/conversations', async (request) => listVisitorConversations(app.db, request.visitor));

    visitorScope.get('/messenger/conversations/:id', async (request) => {
      const { id } = parseParams(ZConversationParamsSchema, request.params);
      return renderVisitorConversation(app.db, request.visitor, id);
    });

    visitorScope.post('/messenger/conversations', { preHandler: perVisitor }, async (request) => {
      const input = parseWith(ZMessengerStartRequestSchema, request.body);
      return startVisitorConversation(services, request.visitor, {
        body: input.body,
        idempotencyKey: input.idempotency_key,
        language: input.language ?? (await visitorLanguage(app.db, request.visitor)),
      });
    });

    visitorScope.post('/messenger/conversations/:id/reply', { preHandler: perVisitor }, async (request) => {
      const { id } = parseParams(ZConversationParamsSchema, request.params);
      const input = parseWith(ZMessengerReplyRequestSchema, request.body);
      return replyAsVisitor(services, request.visitor, id, { body: input.body, idempotencyKey: input.idempotency_key });
    });

    visitorScope.post('/messenger/conversations/:id/answer', { preHandler: perVisitor }, async (request) => {
      const { id } = parseParams(ZConversationParamsSchema, request.params);
      const input = parseWith(ZMessengerAnswerRequestSchema, request.body);
      return answerBotQuestion(services, request.visitor, id, {
        stepId: input.step_id,
        optionId: input.option_id,
        idempotencyKey: input.idempotency_key,
      });
    });

    visitorScope.post('/messenger/conversations/:id/read', async (request, reply) => {
      const { id } = parseParams(ZConversationParamsSchema, request.params);
      await markReadByVisitor(app.db, request.visitor, id);
      return reply.status(204).send();
    });

    await visitorScope.register(messengerTicketRoutes, { perVisitor });

    visitorScope.post('/messenger/events', { preHandler: perVisitor }, async (request, reply) => {
      const input = parseWith(ZTrackEventRequestSchema, request.body);
      await trackVisitorEvent(app.db, request.visitor, input);
      return reply.status(204).send();
    });
  });
};
