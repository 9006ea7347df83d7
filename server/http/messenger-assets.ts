import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { frameAncestors, getMessengerSettings } from '../domain/messenger/settings.ts';
import { findLinkedTicket } from '../domain/tickets/customer-link.ts';
import { AppError } from '../errors.ts';

const DIST = fileURLToPath(new URL('../../messenger/dist/', import.meta.url));
const NOT_BUILT = 'The messenger is not built yet: run `npm run build`.';
const APP_ID = /^[a-z0-9]{1,40}$/;
const ASSET_NAME = /^[A-Za-z0-9_.-]{1,200}$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.map']);

const CACHE = {
  loader: 'public, max-age=300',
  frame: 'no-cache',
  hashed: 'public, max-age=31536000, immutable',
};

interface Asset {
  mtimeMs: number;
  body: Buffer;
  gzip: Buffer | null;
}

/** Files read once per build (by modification time), gzipped once: the loader is fetched on every page view. */
const assets = new Map<string, Asset>();

async function readAsset(path: string): Promise<Asset | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    assets.delete(path);
    return undefined;
  }
  const cached = assets.get(path);
  if (cached?.mtimeMs === info.mtimeMs) return cached;
  const body = await readFile(path);
  const asset = { mtimeMs: info.mtimeMs, body, gzip: COMPRESSIBLE.has(extname(path)) ? gzipSync(body) : null };
  assets.set(path, asset);
  return asset;
}

/** Answers a built file (gzipped when the browser takes it); undefined when there is no such file. */
async function sendAsset(request: FastifyRequest, reply: FastifyReply, path: string, cacheControl: string) {
  const asset = await readAsset(path);
  if (!asset) return undefined;
  reply
    .header('content-type', TYPES[extname(path)] ?? 'application/octet-stream')
    .header('cache-control', cacheControl)
    .header('vary', 'accept-encoding');
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (asset.gzip && acceptsGzip) return reply.header('content-encoding', 'gzip').send(asset.gzip);
  return reply.send(asset.body);
}

const notBuilt = (reply: FastifyReply) => reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT);

/** What the messenger's page may do, and which sites may frame it (the workspace's allowed origins). */
function frameSecurityPolicy(ancestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self' ws: wss:",
    "img-src 'self' data: https:",
    `frame-ancestors ${ancestors}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const NO_TICKET_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="robots" content="noindex"><title>Charla</title><p>This ticket link is not valid. Ask the team for a new one.</p><p lang="es">Este enlace al ticket no es válido. Pide uno nuevo al equipo.</p></html>';

const UNKNOWN_APP_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Charla</title><p>This messenger does not exist: check the app_id.</p></html>';

/**
 * The customer-facing messenger's files: the loader that websites embed (at `/widget/<app_id>`, Intercom's
 * address with Charla's host, and at `/messenger/loader.js`), its stylesheet, the iframe's page with its own
 * Content-Security-Policy, the signed ticket page (`/t/…`), and the pages' hashed assets.
 */
export async function registerMessengerAssets(app: FastifyInstance): Promise<void> {
  const sendLoader = async (request: FastifyRequest, reply: FastifyReply) => {
    // Any site may load it, also one that isolates itself (Cross-Origin-Embedder-Policy).
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return (await sendAsset(request, reply, `${DIST}loader.js`, CACHE.loader)) ?? notBuilt(reply);
  };

  app.get('/widget/:appId', async (request, reply) => {
    const { appId } = request.params as { appId: string };
    const isKnown = APP_ID.test(appId) && (await getMessengerSettings(app.db, appId)) !== undefined;
    if (!isKnown) return reply.status(404).type('text/plain; charset=utf-8').send('Unknown app_id.');
    return sendLoader(request, reply);
  });

  app.get('/messenger/loader.js', sendLoader);

  app.get('/messenger/loader.css', async (request, reply) => {
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return (await sendAsset(request, reply, `${DIST}loader.css`, CACHE.loader)) ?? notBuilt(reply);
  });

  app.get('/messenger/frame', async (request, reply) => {
    const appId = (request.query as { app_id?: unknown }).app_id;
    const settings =
      typeof appId === 'string' && APP_ID.test(appId) ? await getMessengerSettings(app.db, appId) : undefined;
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    if (!settings) {
      reply.header('content-security-policy', frameSecurityPolicy("'none'"));
      return reply
        .status(404)
        .type('text/html; charset=utf-8')
        .header('cache-control', CACHE.frame)
        .send(UNKNOWN_APP_PAGE);
    }
    reply.header('content-security-policy', frameSecurityPolicy(frameAncestors(settings)));
    return (await sendAsset(request, reply, `${DIST}app/index.html`, CACHE.frame)) ?? notBuilt(reply);
  });

  // The signed ticket page: the customer follows a ticket without the messenger. Its address carries the key
  // (`?s=`), so it is never cached, indexed, framed or sent on as a referrer.
  app.get('/t/:workspaceId/:ticketId', async (request, reply) => {
    const { workspaceId, ticketId } = request.params as { workspaceId: string; ticketId: string };
    const { s } = request.query as { s?: unknown };
    const found =
      APP_ID.test(workspaceId) && /^\d{1,15}$/.test(ticketId) && typeof s === 'string'
        ? await findLinkedTicket(app.db, app.config, workspaceId, Number(ticketId), s)
        : undefined;
    reply
      .header('content-security-policy', frameSecurityPolicy("'none'"))
      .header('referrer-policy', 'no-referrer')
      .header('x-robots-tag', 'noindex');
    if (!found) {
      return reply
        .status(404)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NO_TICKET_PAGE);
    }
    return (await sendAsset(request, reply, `${DIST}app/ticket.html`, 'no-store')) ?? notBuilt(reply);
  });

  app.get('/messenger/assets/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const sent =
      ASSET_NAME.test(file) && !file.startsWith('.')
        ? await sendAsset(request, reply, `${DIST}app/assets/${file}`, CACHE.hashed)
        : undefined;
    if (!sent) throw new AppError('not_found', 'Resource Not Found');
    return sent;
  });
}
