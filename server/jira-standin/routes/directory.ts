import type { FastifyPluginAsync } from 'fastify';
import { visibleProject } from '../access.ts';
import { restView, type StandinContext } from '../context.ts';
import { JiraError } from '../errors.ts';
import { accountOf } from '../http/auth.ts';
import { ISSUE_TYPES } from '../issue-types.ts';
import { presentProject, presentUser } from '../presenter.ts';

/** Who am I, and which project is this: `/rest/api/3/myself` and `/rest/api/3/project/{idOrKey}`. */
export function directoryRoutes(context: StandinContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/myself', async (request) => {
      const account = accountOf(request);
      return {
        ...presentUser(account.user, restView(context, account.user.timeZone, 3)),
        emailAddress: account.email,
        locale: 'en_US',
      };
    });

    app.get<{ Params: { projectIdOrKey: string } }>('/project/:projectIdOrKey', async (request) => {
      const account = accountOf(request);
      const { projectIdOrKey } = request.params;
      const project = visibleProject(context.store, account, projectIdOrKey);
      if (!project) throw new JiraError(404, [`No project could be found with key '${projectIdOrKey}'.`]);
      return presentProject(project, ISSUE_TYPES, restView(context, account.user.timeZone, 3));
    });
  };
}
