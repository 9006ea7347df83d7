import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { parseParams } from '../../../http/validate.ts';
import { receiveJiraWebhook } from './inbound.ts';

const ZWebhookParamsSchema = z.object({ workspace_id: z.string().regex(/^[a-z0-9]{1,40}$/) });

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: Buffer;
  }
}

/**
 * Jira's webhooks (public: checked by signature). The JSON parser here keeps the raw bytes, since the
 * signature is over the body exactly as sent.
 */
export const jiraWebhookRoutes: FastifyPluginAsync = async (app) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    request.rawBody = body as Buffer;
    done(null, {});
  });

  app.post('/integrations/jira/webhook/:workspace_id', async (request) => {
    const { workspace_id } = parseParams(ZWebhookParamsSchema, request.params);
    return receiveJiraWebhook(app, workspace_id, request.rawBody ?? Buffer.alloc(0), request.headers);
  });
};
