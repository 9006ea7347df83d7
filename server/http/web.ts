import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError, sendError } from '../errors.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Serves the built web app; any other GET outside /api gets index.html (client-side routes). */
export async function registerWeb(app: FastifyInstance): Promise<void> {
  const hasBuild = existsSync(`${WEB_DIST}index.html`);
  if (hasBuild) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (!isPage) return sendError(reply, request, new AppError('not_found', 'Resource Not Found'));
    if (!hasBuild) {
      return reply.status(503).type('text/plain').send('The web app is not built yet: run `npm run build`.');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
