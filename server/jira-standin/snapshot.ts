import { adfToText } from './adf.ts';
import type { Issue } from './store.ts';
import type { Delivery } from './webhooks/dispatcher.ts';

/** Plain views for tests and the control API: what a person looking at Jira would see, not the REST shapes. */

export function issueSnapshot(issue: Issue) {
  return {
    id: issue.id,
    key: issue.key,
    projectKey: issue.project.key,
    issueType: issue.issueType.name,
    summary: issue.summary,
    description: issue.description,
    status: issue.status.name,
    statusCategory: issue.status.category.key,
    labels: [...issue.labels],
    reporter: issue.reporter.displayName,
    created: new Date(issue.created).toISOString(),
    updated: new Date(issue.updated).toISOString(),
    comments: issue.comments.map((comment) => ({
      id: comment.id,
      author: comment.author.displayName,
      authorAccountId: comment.author.accountId,
      body: comment.body,
      text: adfToText(comment.body),
      created: new Date(comment.created).toISOString(),
    })),
  };
}

export type IssueSnapshot = ReturnType<typeof issueSnapshot>;

/** A delivery log line, without the body. */
export function deliverySummary(delivery: Delivery) {
  return {
    id: delivery.id,
    webhookId: delivery.webhookId,
    event: delivery.event,
    issueKey: delivery.issueKey,
    status: delivery.status,
    dropped: delivery.dropped,
    redelivery: delivery.redelivery,
    attempts: delivery.attempts,
    ...(delivery.responseStatus === undefined ? {} : { responseStatus: delivery.responseStatus }),
    ...(delivery.error === undefined ? {} : { error: delivery.error }),
  };
}
