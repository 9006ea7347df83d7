import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { ZIdempotencyKeySchema, ZReplyRequestSchema } from '../../../protocol/conversations.ts';
import { ZSearchRequestSchema } from '../../../protocol/search.ts';
import {
  ZCreateTicketRequestSchema,
  ZCreateTicketTypeAttributeRequestSchema,
  ZCreateTicketTypeRequestSchema,
  ZUpdateTicketRequestSchema,
  ZUpdateTicketTypeRequestSchema,
} from '../../../protocol/tickets.ts';
import { notFound } from '../../errors.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { getConversationWithParts } from '../conversations/queries.ts';
import { createTicket } from './create.ts';
import { jiraTicketHooks } from './hooks.ts';
import { assertCanManageTicketTypes } from './policy.ts';
import { presentTicketState, presentTicketType } from './presenter.ts';
import { loadTicketCatalog, ticketIdsLinkedTo } from './queries.ts';
import { renderTicket, renderTickets } from './render.ts';
import { renderTicketReply, replyToTicket } from './reply.ts';
import { searchTickets } from './search.ts';
import {
  createTicketType,
  createTicketTypeAttribute,
  updateTicketStateLabels,
  updateTicketType,
  updateTicketTypeAttribute,
} from './types.ts';
import { updateTicket } from './update.ts';

const ZTicketParamsSchema = z.object({ id: ZIdParamSchema });
const ZAttributeParamsSchema = z.object({ id: ZIdParamSchema, attribute_id: ZIdParamSchema });
const ZUpdateAttributeRequestSchema = ZCreateTicketTypeAttributeRequestSchema.omit({ name: true, data_type: true })
  .partial()
  .extend({ archived: z.boolean().optional() });

const ZLabelSchema = z.string().trim().min(1).max(80);
const ZLabelsRequestSchema = z.object({
  labels: z.object({
    internal: z.object({ en: ZLabelSchema, es: ZLabelSchema }),
    external: z.object({ en: ZLabelSchema, es: ZLabelSchema }),
  }),
});

function idempotencyKey(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  return parseWith(ZIdempotencyKeySchema, Array.isArray(header) ? header[0] : header);
}

/** Intercom's tickets, ticket types and ticket states (API 2.14), plus Charla's label and link helpers. */
export const ticketRoutes: FastifyPluginAsync = async (app) => {
  const language = (request: FastifyRequest) => request.actor.teammate.language;

  app.post('/tickets', async (request) => {
    const body = parseWith(ZCreateTicketRequestSchema, request.body);
    const id = await createTicket(app, request.actor, body, idempotencyKey(request));
    return renderTicket(app.db, request.actor.workspaceId, id, request.actor.teammate.id, language(request));
  });

  app.post('/tickets/search', async (request) => {
    const body = parseWith(ZSearchRequestSchema, request.body);
    const { workspaceId, teammate } = request.actor;
    return searchTickets(app.db, workspaceId, body, teammate.id, language(request));
  });

  app.get('/tickets/:id', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    return renderTicket(app.db, request.actor.workspaceId, id, request.actor.teammate.id, language(request));
  });

  app.put('/tickets/:id', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    const body = parseWith(ZUpdateTicketRequestSchema, request.body);
    await updateTicket(app, request.actor, id, body);
    return renderTicket(app.db, request.actor.workspaceId, id, request.actor.teammate.id, language(request));
  });

  app.post('/tickets/:id/reply', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    const body = parseWith(ZReplyRequestSchema, request.body);
    const key = idempotencyKey(request);
    const input = key ? { ...body, idempotency_key: key } : body;
    const { partId } = await replyToTicket(app, request.actor, id, input, jiraTicketHooks.afterReply);
    return renderTicketReply(app.db, request.actor.workspaceId, id, partId);
  });

  app.get('/conversations/:id/tickets', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    const { workspaceId, teammate } = request.actor;
    await getConversationWithParts(app.db, workspaceId, id, 0);
    const ids = await ticketIdsLinkedTo(app.db, workspaceId, id);
    const rows = await app.db
      .selectFrom('conversations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids.length > 0 ? ids : [0])
      .execute();
    const ordered = ids.flatMap((ticketId) => rows.filter((row) => row.id === ticketId));
    return {
      type: 'ticket.list',
      tickets: await renderTickets(app.db, workspaceId, ordered, teammate.id, language(request)),
    };
  });

  app.get('/ticket_types', async (request) => {
    const catalog = await loadTicketCatalog(app.db, request.actor.workspaceId);
    const data = [...catalog.types.keys()].map((id) => presentTicketType(catalog, id, language(request)));
    return { type: 'list', data };
  });

  app.get('/ticket_types/:id', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    const catalog = await loadTicketCatalog(app.db, request.actor.workspaceId);
    if (!catalog.types.has(id)) throw notFound('ticket_type_not_found', 'Ticket type not found');
    return presentTicketType(catalog, id, language(request));
  });

  app.post('/ticket_types', async (request) => {
    assertCanManageTicketTypes(request.actor);
    const body = parseWith(ZCreateTicketTypeRequestSchema, request.body);
    const id = await createTicketType(app.db, request.actor.workspaceId, body);
    return presentTicketType(await loadTicketCatalog(app.db, request.actor.workspaceId), id, language(request));
  });

  app.put('/ticket_types/:id', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    assertCanManageTicketTypes(request.actor);
    const body = parseWith(ZUpdateTicketTypeRequestSchema, request.body);
    await updateTicketType(app.db, request.actor.workspaceId, id, body);
    return presentTicketType(await loadTicketCatalog(app.db, request.actor.workspaceId), id, language(request));
  });

  app.post('/ticket_types/:id/attributes', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    assertCanManageTicketTypes(request.actor);
    const body = parseWith(ZCreateTicketTypeAttributeRequestSchema, request.body);
    await createTicketTypeAttribute(app.db, request.actor.workspaceId, id, body);
    return presentTicketType(await loadTicketCatalog(app.db, request.actor.workspaceId), id, language(request));
  });

  app.put('/ticket_types/:id/attributes/:attribute_id', async (request) => {
    const { id, attribute_id } = parseParams(ZAttributeParamsSchema, request.params);
    assertCanManageTicketTypes(request.actor);
    const body = parseWith(ZUpdateAttributeRequestSchema, request.body);
    await updateTicketTypeAttribute(app.db, request.actor.workspaceId, id, attribute_id, body);
    return presentTicketType(await loadTicketCatalog(app.db, request.actor.workspaceId), id, language(request));
  });

  app.get('/ticket_states', async (request) => {
    const catalog = await loadTicketCatalog(app.db, request.actor.workspaceId);
    const types = [...catalog.types.values()].map(({ type }) => ({
      type: 'ticket_type' as const,
      id: String(type.id),
      name: type.name,
      category: type.category,
    }));
    const data = [...catalog.states.values()].map((state) => ({
      ...presentTicketState(state, language(request)),
      archived: state.archived,
      ticket_types: { type: 'list' as const, data: types },
    }));
    return { type: 'list', data };
  });

  app.put('/ticket_states/:id', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    assertCanManageTicketTypes(request.actor);
    const body = parseWith(ZLabelsRequestSchema, request.body);
    await updateTicketStateLabels(app.db, request.actor.workspaceId, id, body.labels);
    const catalog = await loadTicketCatalog(app.db, request.actor.workspaceId);
    return presentTicketState(
      catalog.states.get(id) as NonNullable<ReturnType<typeof catalog.states.get>>,
      language(request),
    );
  });
};
