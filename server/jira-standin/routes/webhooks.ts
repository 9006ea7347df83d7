import type { FastifyPluginAsync } from 'fastify';
import type { StandinContext } from '../context.ts';
import { JiraError } from '../errors.ts';
import { accountOf } from '../http/auth.ts';
import { checkWebhookFilter } from '../webhooks/publish.ts';
import { presentWebhook } from '../webhooks/registry.ts';

type WebhookParams = { Params: { id: string } };

const noSuchWebhook = (id: string) => new JiraError(404, [`Webhook with id ${id} does not exist.`]);

/** Jira's admin webhooks API, `/rest/webhooks/1.0/webhook`: register, list, read, delete. */
export function webhookRoutes(context: StandinContext): FastifyPluginAsync {
  return async (app) => {
    app.post('/webhook', async (request, reply) => {
      const account = accountOf(request);
      const webhook = context.registry.register(
        request.body,
        (jql) => checkWebhookFilter(context.store, jql),
        account.user,
      );
      const body = presentWebhook(webhook, context.baseUrl);
      return reply.status(201).header('location', body.self).send(body);
    });

    app.get('/webhook', async () => context.registry.list().map((webhook) => presentWebhook(webhook, context.baseUrl)));

    app.get<WebhookParams>('/webhook/:id', async (request) => {
      const webhook = context.registry.find(request.params.id);
      if (!webhook) throw noSuchWebhook(request.params.id);
      return presentWebhook(webhook, context.baseUrl);
    });

    app.delete<WebhookParams>('/webhook/:id', async (request, reply) => {
      if (!context.registry.remove(request.params.id)) throw noSuchWebhook(request.params.id);
      return reply.status(204).send();
    });
  };
}
