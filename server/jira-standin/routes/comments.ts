import type { FastifyPluginAsync } from 'fastify';
import { visibleIssue } from '../access.ts';
import { restView, type StandinContext } from '../context.ts';
import { badRequest, JiraError } from '../errors.ts';
import { accountOf } from '../http/auth.ts';
import { readNewComment } from '../issue-input.ts';
import { presentComment, presentCommentPage } from '../presenter.ts';

type IssueParams = { Params: { issueIdOrKey: string } };
type PageQuery = { Querystring: { startAt?: string; maxResults?: string; orderBy?: string } };

function count(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw badRequest(`The value '${raw}' is invalid for ${name}.`);
  return value;
}

/** Issue comments: list, add, read one. v3 bodies are ADF, v2 bodies plain strings. */
export function commentRoutes(context: StandinContext, apiVersion: 2 | 3): FastifyPluginAsync {
  return async (app) => {
    app.get<IssueParams & PageQuery>('/issue/:issueIdOrKey/comment', async (request) => {
      const account = accountOf(request);
      const issue = visibleIssue(context.store, account, request.params.issueIdOrKey);
      const startAt = count(request.query.startAt, 'startAt', 0);
      const maxResults = count(request.query.maxResults, 'maxResults', 5000);
      const comments = request.query.orderBy === '-created' ? [...issue.comments].reverse() : issue.comments;
      const view = restView(context, account.user.timeZone, apiVersion);
      return presentCommentPage(issue, comments, { startAt, maxResults }, view);
    });

    app.post<IssueParams>('/issue/:issueIdOrKey/comment', async (request, reply) => {
      const account = accountOf(request);
      const issue = visibleIssue(context.store, account, request.params.issueIdOrKey);
      const input = readNewComment(request.body, apiVersion);
      const comment = context.store.addComment(issue, input.body, account.user, input.visibility);
      const view = restView(context, account.user.timeZone, apiVersion);
      return reply.status(201).send(presentComment(issue, comment, view));
    });

    app.get<{ Params: { issueIdOrKey: string; id: string } }>('/issue/:issueIdOrKey/comment/:id', async (request) => {
      const account = accountOf(request);
      const issue = visibleIssue(context.store, account, request.params.issueIdOrKey);
      const comment = issue.comments.find((candidate) => candidate.id === request.params.id);
      if (!comment) throw new JiraError(404, [`Can not find a comment for key: ${request.params.id}.`]);
      return presentComment(issue, comment, restView(context, account.user.timeZone, apiVersion));
    });
  };
}
