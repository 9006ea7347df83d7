import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import {
  ZCreateWebhookSubscriptionRequestSchema,
  ZUpdateWebhookSubscriptionRequestSchema,
  ZWebhookDeliveriesQuerySchema,
} from '../../../protocol/webhooks.ts';
import { parseWith } from '../../http/validate.ts';
import { getDelivery, listDeliveries, retryDelivery, sendTestDelivery } from './deliveries.ts';
import { registerWebhookJobs } from './jobs.ts';
import { assertCanManageWebhooks } from './policy.ts';
import { presentSubscription } from './presenter.ts';
import {
  assertDeliverableUrl,
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  rotateSubscriptionSecret,
  updateSubscription,
} from './subscriptions.ts';

const ZParamsSchema = z.object({ id: ZIdParamSchema });

/** Charla-only: outgoing webhooks (docs/webhooks.md), admins only. Also starts their jobs with the queue. */
export const webhookRoutes: FastifyPluginAsync = async (app) => {
  await registerWebhookJobs(app);
  app.addHook('preHandler', async (request) => assertCanManageWebhooks(request.actor));
  const { allowPrivateUrls } = app.config.webhooks;

  app.get('/webhooks/subscriptions', async (request) => {
    const rows = await listSubscriptions(app.db, request.actor.workspaceId);
    return { type: 'list', data: rows.map(presentSubscription) };
  });

  app.post('/webhooks/subscriptions', async (request) => {
    const body = parseWith(ZCreateWebhookSubscriptionRequestSchema, request.body);
    assertDeliverableUrl(body.url, allowPrivateUrls);
    const { workspaceId, teammate } = request.actor;
    return presentSubscription(await createSubscription(app.db, workspaceId, teammate.id, body));
  });

  app.get('/webhooks/subscriptions/:id', async (request) => {
    const { id } = parseWith(ZParamsSchema, request.params);
    return presentSubscription(await getSubscription(app.db, request.actor.workspaceId, id));
  });

  app.put('/webhooks/subscriptions/:id', async (request) => {
    const { id } = parseWith(ZParamsSchema, request.params);
    const body = parseWith(ZUpdateWebhookSubscriptionRequestSchema, request.body);
    if (body.url !== undefined) assertDeliverableUrl(body.url, allowPrivateUrls);
    return presentSubscription(await updateSubscription(app.db, request.actor.workspaceId, id, body));
  });

  app.delete('/webhooks/subscriptions/:id', async (request) => {
    const { id } = parseWith(ZParamsSchema, request.params);
    await deleteSubscription(app.db, request.actor.workspaceId, id);
    return { type: 'webhook_subscription', id: String(id), deleted: true };
  });

  app.post('/webhooks/subscriptions/:id/rotate_secret', async (request) => {
    const { id } = parseWith(ZParamsSchema, request.params);
    return presentSubscription(await rotateSubscriptionSecret(app.db, request.actor.workspaceId, id));
  });

  app.post('/webhooks/subscriptions/:id/test', async (request) => {
    const { id } = parseWith(ZParamsSchema, request.params);
    return sendTestDelivery(app, request.actor.workspaceId, id);
  });

  app.get('/webhooks/subscriptions/:id/deliveries', async (request) => {
    const { id } = parseWith(ZParamsSchema, request.params);
    const query = parseWith(ZWebhookDeliveriesQuerySchema, request.query);
    return listDeliveries(app.db, request.actor.workspaceId, id, {
      perPage: query.per_page,
      startingAfter: query.starting_after,
    });
  });

  app.get('/webhooks/deliveries/:id', async (request) => {
    const { id } = parseWith(ZParamsSchema, request.params);
    return getDelivery(app.db, request.actor.workspaceId, id);
  });

  app.post('/webhooks/deliveries/:id/retry', async (request) => {
    const { id } = parseWith(ZParamsSchema, request.params);
    return retryDelivery(app, request.actor.workspaceId, id);
  });
};
