import type { FastifyPluginAsync } from 'fastify';
import { visibleIssue, visibleProject } from '../access.ts';
import { restView, type StandinContext } from '../context.ts';
import { JiraError } from '../errors.ts';
import { parseFieldSelection } from '../fields.ts';
import { accountOf } from '../http/auth.ts';
import { readNewIssue, readTransitionId } from '../issue-input.ts';
import { presentIssue, presentStatus } from '../presenter.ts';
import { availableTransitions } from '../workflow.ts';

type IssueParams = { Params: { issueIdOrKey: string } };

/** Create, read and transition issues, under /rest/api/2 (plain-string rich text) and /rest/api/3 (ADF). */
export function issueRoutes(context: StandinContext, apiVersion: 2 | 3): FastifyPluginAsync {
  return async (app) => {
    app.post('/issue', async (request, reply) => {
      const account = accountOf(request);
      const input = readNewIssue(request.body, apiVersion, (reference) =>
        visibleProject(context.store, account, reference.id ?? reference.key),
      );
      const issue = context.store.createIssue(input, account.user);
      const self = `${context.baseUrl}/rest/api/${apiVersion}/issue/${issue.id}`;
      return reply.status(201).send({ id: issue.id, key: issue.key, self });
    });

    app.get<IssueParams & { Querystring: { fields?: string | string[] } }>('/issue/:issueIdOrKey', async (request) => {
      const account = accountOf(request);
      const issue = visibleIssue(context.store, account, request.params.issueIdOrKey);
      const selection = parseFieldSelection(request.query.fields, '*all');
      return presentIssue(issue, selection, restView(context, account.user.timeZone, apiVersion));
    });

    app.get<IssueParams>('/issue/:issueIdOrKey/transitions', async (request) => {
      const account = accountOf(request);
      const issue = visibleIssue(context.store, account, request.params.issueIdOrKey);
      const view = restView(context, account.user.timeZone, apiVersion);
      return {
        expand: 'transitions',
        transitions: availableTransitions(issue.status).map((transition) => ({
          id: transition.id,
          name: transition.name,
          to: presentStatus(transition.to, view),
          hasScreen: false,
          isGlobal: true,
          isInitial: false,
          isAvailable: true,
          isConditional: false,
          isLooped: false,
        })),
      };
    });

    app.post<IssueParams>('/issue/:issueIdOrKey/transitions', async (request, reply) => {
      const account = accountOf(request);
      const issue = visibleIssue(context.store, account, request.params.issueIdOrKey);
      const id = readTransitionId(request.body);
      const transition = availableTransitions(issue.status).find((candidate) => candidate.id === id);
      if (!transition) throw new JiraError(400, [`Transition id '${id}' is not valid for this issue.`]);
      context.store.transitionIssue(issue, transition.to, account.user);
      return reply.status(204).send();
    });
  };
}
