import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import {
  type TicketPortal,
  ZCustomerTicketCommentRequestSchema,
  ZTicketPortalQuerySchema,
} from '../../../protocol/customer-tickets.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { lastEventId } from '../events/service.ts';
import { enforce } from '../messenger/routes.ts';
import { getMessengerSettings } from '../messenger/settings.ts';
import { findLinkedTicket } from './customer-link.ts';
import { commentAsCustomer } from './public-comment.ts';
import { customerTicketLanguage, ticketNotFound } from './public-queries.ts';
import { presentFoundTicket } from './public-read.ts';

const ZPortalParamsSchema = z.object({
  workspace_id: z.string().regex(/^[a-z0-9]{1,40}$/),
  ticket_id: ZIdParamSchema,
});

/** The ticket a signed link names, or 404 — the same 404 for a bad signature, an unknown or a private ticket. */
async function linkedTicket(request: FastifyRequest) {
  const { workspace_id: workspaceId, ticket_id: ticketId } = parseParams(ZPortalParamsSchema, request.params);
  const query = ZTicketPortalQuerySchema.safeParse(request.query ?? {});
  const signature = query.success ? query.data.s : undefined;
  const found = await findLinkedTicket(request.server.db, request.server.config, workspaceId, ticketId, signature);
  if (!found) throw ticketNotFound();
  return { ...found, language: query.success ? query.data.lang : undefined };
}

/**
 * The signed ticket page's API (`/t/<workspace>/<ticket>?s=…`): no session, the link's signature is the key.
 * Rate limited as the messenger is: every request per IP, comments per ticket.
 */
export const ticketPortalRoutes: FastifyPluginAsync = async (app) => {
  const limits = app.config.messengerRateLimits;
  await app.register(rateLimit, { global: false });
  app.addHook('onRequest', enforce(app.createRateLimit({ max: limits.perIpPerMinute, timeWindow: 60_000 })));
  const perTicket = enforce(
    app.createRateLimit({
      max: limits.sendsPerVisitorPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => {
        const params = request.params as { workspace_id?: string; ticket_id?: string };
        return `ticket-page:${params.workspace_id}:${params.ticket_id}`;
      },
    }),
  );

  app.get('/ticket-portal/:workspace_id/:ticket_id', async (request): Promise<TicketPortal> => {
    const found = await linkedTicket(request);
    const { workspaceId, contactId } = found.customer;
    // Read first: the socket resumes after it, so a change committed meanwhile is replayed, never lost.
    const lastId = await lastEventId(app.db, workspaceId);
    const [language, workspace, settings] = await Promise.all([
      found.language ?? customerTicketLanguage(app.db, workspaceId, contactId, undefined),
      app.db.selectFrom('workspaces').select('name').where('id', '=', workspaceId).executeTakeFirstOrThrow(),
      getMessengerSettings(app.db, workspaceId),
    ]);
    return {
      ...(await presentFoundTicket(app.db, found, language)),
      language,
      workspace: { name: workspace.name, primary_color: settings?.primaryColor ?? '#2563eb' },
      last_event_id: lastId,
    };
  });

  app.post('/ticket-portal/:workspace_id/:ticket_id/comments', { preHandler: perTicket }, async (request) => {
    const found = await linkedTicket(request);
    const input = parseWith(ZCustomerTicketCommentRequestSchema, request.body);
    return commentAsCustomer(app, found.customer, found.ticket.conversation_id, {
      body: input.body,
      idempotencyKey: input.idempotency_key,
    });
  });
};
