import type { FastifyPluginAsync } from 'fastify';
import type { StandinContext } from '../context.ts';
import { PAGE_CSS, renderPage } from '../page.ts';

const CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The demo page at `/` and its stylesheet; no scripts, so it works under a strict Content-Security-Policy. */
export function pageRoutes(context: StandinContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', async (_request, reply) =>
      reply
        .header('content-security-policy', CSP)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(renderPage(context.store.issues, context.dispatcher.deliveries)),
    );
    app.get('/_standin/page.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(PAGE_CSS));
  };
}
