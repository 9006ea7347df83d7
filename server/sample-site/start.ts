import type { FastifyInstance } from 'fastify';
import { DEMO_SLUG } from '../domain/workspaces/demo.ts';
import { startSampleSite } from './serve.ts';

/**
 * Serves the sample website for the demo workspace (if there is one) on `SAMPLE_SITE_PORT`; answers its URL
 * and how to stop it. A taken port is logged, never fatal.
 */
export async function startDemoSampleSite(
  app: FastifyInstance,
  charlaUrl: string,
): Promise<{ url: string; close: () => void } | undefined> {
  const port = app.config.sampleSitePort;
  if (port < 0 || !app.config.demoWorkspace) return undefined;
  const demo = await app.db
    .selectFrom('workspaces')
    .select(['id', 'identity_secret'])
    .where('slug', '=', DEMO_SLUG)
    .executeTakeFirst();
  if (!demo) return undefined;
  try {
    const server = await startSampleSite(
      { charlaUrl, workspaceId: demo.id, identitySecret: demo.identity_secret },
      port,
      app.config.host,
    );
    const url = new URL(charlaUrl);
    url.port = String((server.address() as { port: number }).port);
    return { url: url.origin, close: () => server.close() };
  } catch (error) {
    app.log.warn({ err: error, port }, 'the sample website could not start (set SAMPLE_SITE_PORT)');
    return undefined;
  }
}
