import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { commentAsUser, moveIssue } from '../actions.ts';
import type { StandinContext } from '../context.ts';
import { JiraError } from '../errors.ts';
import { deliverySummary, issueSnapshot } from '../snapshot.ts';

/**
 * Test-only control API (not part of Jira, no authentication): act as a Jira user, lose or repeat webhook
 * deliveries, and look inside. Forms from the demo page post here too and are sent back to the page.
 */

const optionalAuthor = z.string().trim().min(1).optional().catch(undefined);
const ZTransitionSchema = z.object({ to: z.string().trim().min(1), author: optionalAuthor });
const ZCommentSchema = z.object({ body: z.string().min(1), author: optionalAuthor });
const ZDropSchema = z.object({ count: z.coerce.number().int().min(0).max(1000) });

type KeyParams = { Params: { key: string } };

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const errors = Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.') || 'body', issue.message]),
  );
  throw new JiraError(400, [], errors);
}

const isForm = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

/** Forms go back to the page; JSON callers get the result. */
function answer(request: FastifyRequest, reply: FastifyReply, status: number, body: unknown) {
  if (isForm(request)) return reply.redirect('/', 303);
  return reply.status(status).send(body);
}

export function controlRoutes(context: StandinContext): FastifyPluginAsync {
  return async (app) => {
    // The page's forms are same-origin; another site's page must not drive a developer's stand-in.
    app.addHook('onRequest', async (request) => {
      if (request.method === 'POST' && request.headers['sec-fetch-site'] === 'cross-site') {
        throw new JiraError(403, ['Cross-site requests to the control API are refused.']);
      }
    });

    app.get('/issues', async () => context.store.issues.map(issueSnapshot));

    app.post<KeyParams>('/issues/:key/transition', async (request, reply) => {
      const input = parse(ZTransitionSchema, request.body);
      const issue = moveIssue(context.store, request.params.key, input.to, input.author);
      return answer(request, reply, 200, issueSnapshot(issue));
    });

    app.post<KeyParams>('/issues/:key/comments', async (request, reply) => {
      const input = parse(ZCommentSchema, request.body);
      const { issue } = commentAsUser(context.store, request.params.key, input.body, input.author);
      return answer(request, reply, 201, issueSnapshot(issue));
    });

    app.post('/webhooks/drop', async (request, reply) => {
      const { count } = parse(ZDropSchema, request.body);
      context.dispatcher.dropNext(count);
      return answer(request, reply, 200, { dropping: count });
    });

    app.post('/webhooks/redeliver-last', async (request, reply) => {
      const delivery = context.dispatcher.redeliverLast((id) => context.registry.find(String(id)));
      if (!delivery) throw new JiraError(404, ['There is no delivery to send again.']);
      return answer(request, reply, 202, deliverySummary(delivery));
    });

    app.get('/deliveries', async () => context.dispatcher.deliveries.map(deliverySummary));
  };
}
