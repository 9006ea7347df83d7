import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { StandinContext } from '../context.ts';
import { JiraError } from '../errors.ts';
import { controlRoutes } from '../routes/control.ts';
import { pageRoutes } from '../routes/page.ts';
import { restRoutes } from '../routes/rest.ts';

/** The stand-in's HTTP surface: Jira's REST paths (authenticated), the test-only control API and the demo page. */
export function buildStandinApp(context: StandinContext): FastifyInstance {
  const app = Fastify({ logger: false });

  // Jira takes JSON only (415 otherwise). jira.js declares JSON on bodyless POSTs and DELETEs: an empty body is no body.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(new JiraError(400, [`The request body is not valid JSON: ${(error as Error).message}`]), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  app.setErrorHandler((error: FastifyError | JiraError, request, reply) => {
    if (error instanceof JiraError) return reply.status(error.statusCode).send(error.toJSON());
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    const message = status >= 500 ? 'Internal server error' : error.message;
    return reply.status(status).send({ errorMessages: [message], errors: {} });
  });

  // Jira's REST layer answers unknown paths this way.
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ errorMessages: [`null for uri: ${context.baseUrl}${request.url}`], errors: {} }),
  );

  app.register(restRoutes(context));
  app.register(controlRoutes(context), { prefix: '/_standin' });
  app.register(pageRoutes(context));
  return app;
}
