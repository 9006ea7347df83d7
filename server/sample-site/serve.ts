import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

const page = readFileSync(new URL('./index.html', import.meta.url), 'utf8');
const css = readFileSync(new URL('./site.css', import.meta.url), 'utf8');

interface SampleSite {
  charlaUrl: string;
  workspaceId: string;
  identitySecret: string;
}

/** The page's settings script: the language switch, and a signed-in customer with a user_hash, as a real site does. */
function settingsScript(site: SampleSite, query: URLSearchParams): string {
  const settings: Record<string, unknown> = { app_id: site.workspaceId, custom_launcher_selector: '#contact-us' };
  const lang = query.get('lang');
  if (lang === 'es' || lang === 'en') settings.language_override = lang;
  if (query.get('user') === '1') {
    const userId = 'aurora-customer-1';
    Object.assign(settings, {
      user_id: userId,
      email: 'marta@example.com',
      name: 'Marta Ruiz',
      user_hash: createHmac('sha256', site.identitySecret).update(userId).digest('hex'),
      plan: 'gold',
    });
  }
  return `window.intercomSettings = ${JSON.stringify(settings)};\n`;
}

/**
 * A small website on its own port (another origin) with the messenger embedded, so a newcomer can play the
 * customer beside the agent inbox. It sends a strict Content-Security-Policy, as careful sites do.
 */
export function startSampleSite(site: SampleSite, port: number, host: string): Promise<Server> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${site.charlaUrl}`,
    `frame-src ${site.charlaUrl}`,
    `style-src 'self' ${site.charlaUrl}`,
    `img-src 'self' ${site.charlaUrl} data:`,
    "connect-src 'self'",
  ].join('; ');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sample.local');
    response.setHeader('content-security-policy', csp);
    if (url.pathname === '/site.css') return response.writeHead(200, { 'content-type': 'text/css' }).end(css);
    if (url.pathname === '/settings.js') {
      return response
        .writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
        .end(settingsScript(site, url.searchParams));
    }
    if (url.pathname !== '/') return response.writeHead(404).end('Not found');
    const html = page
      .replace('{{SETTINGS_QUERY}}', url.searchParams.toString().replace(/[^A-Za-z0-9=&_-]/g, ''))
      .replace('{{LOADER_URL}}', `${site.charlaUrl}/widget/${site.workspaceId}`);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
