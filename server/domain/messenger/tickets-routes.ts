import type { FastifyPluginAsync, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { ZCustomerTicketCommentRequestSchema, ZCustomerTicketQuerySchema } from '../../../protocol/customer-tickets.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { commentAsCustomer } from '../tickets/public-comment.ts';
import { listTicketsForCustomer, markTicketReadByCustomer, renderTicketForCustomer } from '../tickets/public-read.ts';

const ZTicketParamsSchema = z.object({ id: ZIdParamSchema });

/**
 * The messenger's Tickets tab: the visitor's shared customer tickets, each as the customer sees it, and their
 * comments. Registered inside the messenger's visitor scope (its authentication and rate limits).
 */
export const messengerTicketRoutes: FastifyPluginAsync<{ perVisitor: preHandlerAsyncHookHandler }> = async (
  app,
  { perVisitor },
) => {
  app.get('/messenger/tickets', async (request) => {
    const { language } = parseWith(ZCustomerTicketQuerySchema, request.query);
    return listTicketsForCustomer(app.db, request.visitor.workspaceId, request.visitor.contactId, language);
  });

  app.get('/messenger/tickets/:id', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    const { language } = parseWith(ZCustomerTicketQuerySchema, request.query);
    return renderTicketForCustomer(app.db, request.visitor.workspaceId, request.visitor.contactId, id, language);
  });

  app.post('/messenger/tickets/:id/comments', { preHandler: perVisitor }, async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    const input = parseWith(ZCustomerTicketCommentRequestSchema, request.body);
    return commentAsCustomer(app, request.visitor, id, { body: input.body, idempotencyKey: input.idempotency_key });
  });

  app.post('/messenger/tickets/:id/read', async (request, reply) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    await markTicketReadByCustomer(app.db, request.visitor.workspaceId, request.visitor.contactId, id);
    return reply.status(204).send();
  });
};
