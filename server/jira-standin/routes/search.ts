import type { FastifyPluginAsync } from 'fastify';
import { restView, type StandinContext } from '../context.ts';
import { accountOf } from '../http/auth.ts';
import { type SearchRequest, searchIssues } from '../search.ts';

/** `/rest/api/3/search/jql`, by GET (query parameters) and POST (JSON body), as jira.js calls both. */
export function searchRoutes(context: StandinContext): FastifyPluginAsync {
  return async (app) => {
    const search = (request: Parameters<typeof accountOf>[0], input: SearchRequest) => {
      const account = accountOf(request);
      const jqlContext = {
        store: context.store,
        timeZone: account.user.timeZone,
        now: Date.now(),
        canSee: account.canSee,
      };
      return searchIssues(input, jqlContext, restView(context, account.user.timeZone, 3));
    };
    app.get<{ Querystring: SearchRequest }>('/search/jql', async (request) => search(request, request.query));
    app.post('/search/jql', async (request) => search(request, (request.body ?? {}) as SearchRequest));
  };
}
