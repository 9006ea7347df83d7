import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../server/app.ts';
import type { Db } from '../server/db/index.ts';
import { updateMessengerSettings } from '../server/domain/messenger/settings.ts';
import { registerRealtime } from '../server/realtime/register.ts';
import { createTestDatabase } from '../test/database.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { testConfig } from '../test/harness.ts';

const MESSENGER_BUILD = fileURLToPath(new URL('../messenger/dist/', import.meta.url));

/** The browser tests drive the built messenger, as the server serves it. */
export function assertMessengerBuilt(): void {
  for (const file of ['loader.js', 'loader.css', 'app/index.html']) {
    if (!existsSync(`${MESSENGER_BUILD}${file}`)) {
      throw new Error(`messenger/dist/${file} is missing: run \`npm run build\` before the browser tests.`);
    }
  }
}

export interface MessengerServer {
  /** Charla, at http://127.0.0.1:<port>. */
  baseUrl: string;
  app: FastifyInstance;
  db: Db;
  workspaceId: string;
  identitySecret: string;
  adminToken: string;
  adminId: string;
  /** Calls the teammates' API as the admin (expects a 2xx); answers the JSON body. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read the API's answers loosely
  callApi: (method: string, path: string, body?: unknown) => Promise<any>;
  close: () => Promise<void>;
}

/** Charla with realtime, on a fresh database, with one workspace whose messenger requires verified users. */
export async function startMessengerServer(
  options: { identityVerification?: boolean; workspaceName?: string } = {},
): Promise<MessengerServer> {
  const testDatabase = await createTestDatabase();
  const app = await buildApp({ config: testConfig(), database: testDatabase.database });
  await registerRealtime(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const db = testDatabase.database.db;
  const team = await buildTeamWorkspace(db, options.workspaceName ?? 'Acme Soporte');
  await updateMessengerSettings(db, team.workspace.id, {
    identity_verification: options.identityVerification ?? true,
    primary_color: '#0f766e',
    launcher_color: '#0f766e',
  });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const callApi = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${team.adminToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.ok, text).toBe(true);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    baseUrl,
    app,
    db,
    workspaceId: team.workspace.id,
    identitySecret: team.workspace.identity_secret,
    adminToken: team.adminToken,
    adminId: String(team.admin.id),
    callApi,
    close: async () => {
      await app.close();
      await testDatabase.drop();
    },
  };
}

/** Intercom's identity verification: hex HMAC-SHA256 of the user_id (or email) with the workspace's secret. */
export function userHash(secret: string, userIdOrEmail: string): string {
  return createHmac('sha256', secret).update(userIdOrEmail).digest('hex');
}

export interface HostPage {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface HostSite {
  /** http://localhost:<port>: another origin than Charla's 127.0.0.1, so the messenger is really cross-origin. */
  origin: string;
  setPage: (path: string, page: HostPage) => void;
  close: () => Promise<void>;
}

/** A customer's website: a tiny server on another origin, serving the pages a test sets. */
export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, HostPage>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers })
      .end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    setPage: (path, page) => pages.set(path, page),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Intercom's stock install snippet (messenger.md §1.1) with only the widget URL changed, after `commands`
 * (an inline script calling `Intercom(...)`, run before the loader arrives).
 */
export function intercomSnippetPage(charlaUrl: string, appId: string, commands: string, title = 'Tienda Acme'): string {
  return `<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main><h1>${title}</h1><p>Zapatillas, camisetas y más.</p><button id="help">Ayuda</button><input id="search" aria-label="Buscar"></main>
<script>
(function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic('reattach_activator');ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='${charlaUrl}/widget/${appId}';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};if(document.readyState==='complete'){l();}else if(w.attachEvent){w.attachEvent('onload',l);}else{w.addEventListener('load',l,false);}}})();
</script>
<script>
${commands}
</script>
</body>
</html>`;
}

/** A browser context on a phone-sized or desktop screen, collecting page errors into `problems`. */
export async function openHostPage(
  browser: Browser,
  url: string,
  problems: string[],
  options: { locale?: string; viewport?: { width: number; height: number }; isMobile?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'es-ES',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    isMobile: options.isMobile ?? false,
    hasTouch: options.isMobile ?? false,
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  // A refused or failed messenger request is a problem too (the messenger retries quietly, so a test would
  // otherwise only see a button that never came).
  page.on('response', (response) => {
    const status = response.status();
    if ((status >= 500 || status === 429) && response.url().includes('/messenger/')) {
      problems.push(`response ${status}: ${response.request().method()} ${new URL(response.url()).pathname}`);
    }
  });
  await page.goto(url);
  return { context, page };
}

/** expect.poll with room for a cold start (the first open loads the screens). */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000, interval: 100 });

/** The messenger's iframe on the host page (its content), once it loaded. */
export async function messengerFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.charla-frame', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The messenger iframe has no content');
  await frame.waitForLoadState();
  return frame;
}

/** The launcher button (its accessible name is in the messenger's language). */
export const launcher = (page: Page) => page.locator('button.charla-launcher');

/** Whether the messenger's iframe is showing. */
export const isFrameShown = (page: Page) =>
  page.locator('iframe.charla-frame').evaluate((element) => getComputedStyle(element).visibility === 'visible');

/** The contact's messenger conversations, as the teammates' API lists them (newest first). */
export async function conversationsOf(server: MessengerServer): Promise<{ id: string }[]> {
  const list = await server.callApi('GET', '/conversations?per_page=50');
  return list.conversations;
}

/** A teammate's reply in a conversation, through the REST API. */
export function adminReply(server: MessengerServer, conversationId: string, body: string) {
  return server.callApi('POST', `/conversations/${conversationId}/reply`, {
    type: 'admin',
    message_type: 'comment',
    admin_id: server.adminId,
    body,
  });
}

/** The serious and critical axe-core violations inside the messenger's frame, as "rule: selectors" lines. */
export async function seriousAxeViolationsIn(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol: the frame's script-src 'self' does not apply.
    await frame.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  }
  const violations = await frame.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
