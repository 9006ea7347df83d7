import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { AppError } from '../../errors.ts';
import { parseParams } from '../../http/validate.ts';
import { customerLinkUrl } from './customer-link.ts';
import { findCustomerTicket } from './public-queries.ts';
import { getTicketRecord } from './queries.ts';

const ZTicketParamsSchema = z.object({ id: ZIdParamSchema });

/** Teammates: the signed page of a customer ticket, to send the customer (no messenger needed to follow it). */
export const customerLinkRoutes: FastifyPluginAsync = async (app) => {
  app.get('/tickets/:id/customer_link', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    const { workspaceId } = request.actor;
    await getTicketRecord(app.db, workspaceId, id);
    if (!(await findCustomerTicket(app.db, workspaceId, id))) {
      throw new AppError('parameter_invalid', 'Only customer tickets shared with the customer have a customer link');
    }
    return { type: 'ticket.customer_link', url: customerLinkUrl(app.config, workspaceId, id) };
  });
};
