import type { FastifyPluginAsync } from 'fastify';
import type { StandinContext } from '../context.ts';
import { requireBasicAuth } from '../http/auth.ts';
import { commentRoutes } from './comments.ts';
import { directoryRoutes } from './directory.ts';
import { issueRoutes } from './issues.ts';
import { searchRoutes } from './search.ts';
import { webhookRoutes } from './webhooks.ts';

/** Everything under /rest, as Jira Cloud serves it to an API-token user. */
export function restRoutes(context: StandinContext): FastifyPluginAsync {
  return async (app) => {
    requireBasicAuth(app, context.accounts);
    await app.register(directoryRoutes(context), { prefix: '/rest/api/3' });
    for (const version of [2, 3] as const) {
      await app.register(issueRoutes(context, version), { prefix: `/rest/api/${version}` });
      await app.register(commentRoutes(context, version), { prefix: `/rest/api/${version}` });
    }
    await app.register(searchRoutes(context), { prefix: '/rest/api/3' });
    await app.register(webhookRoutes(context), { prefix: '/rest/webhooks/1.0' });
  };
}
