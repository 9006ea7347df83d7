import { parseFieldSelection } from '../fields.ts';
import { presentComment, presentIssue, presentUser, type View } from '../presenter.ts';
import type { Issue, StoreEvent } from '../store.ts';

/**
 * Webhook bodies, as Jira Cloud's admin webhooks send them: REST v2 representations (rich text as plain strings,
 * `self` links under /rest/api/2), timestamps in UTC. A comment raises two events, as in Jira: `comment_created`
 * and a `jira:issue_updated` whose `issue_event_type_name` is `issue_commented`.
 */

export interface WebhookEvent {
  webhookEvent: string;
  issue: Issue;
  payload: Record<string, unknown>;
}

const allFields = parseFieldSelection(undefined, '*all');
const COMMENT_ISSUE_FIELDS = new Set(['summary', 'status', 'issuetype', 'project']);
const briefFields = { idOnly: false, includes: (field: string) => COMMENT_ISSUE_FIELDS.has(field) };

export function webhookEventsFor(event: StoreEvent, view: View): WebhookEvent[] {
  const user = presentUser(event.user, view);
  const base = { timestamp: event.at, user };
  if (event.kind === 'issue_created') {
    const issue = presentIssue(event.issue, allFields, view);
    return [
      {
        webhookEvent: 'jira:issue_created',
        issue: event.issue,
        payload: { ...base, webhookEvent: 'jira:issue_created', issue_event_type_name: 'issue_created', issue },
      },
    ];
  }
  if (event.kind === 'issue_transitioned') {
    const changelog = {
      id: event.changelogId,
      items: [
        {
          field: 'status',
          fieldtype: 'jira',
          fieldId: 'status',
          from: event.from.id,
          fromString: event.from.name,
          to: event.issue.status.id,
          toString: event.issue.status.name,
        },
      ],
    };
    const payload = {
      ...base,
      webhookEvent: 'jira:issue_updated',
      issue_event_type_name: 'issue_generic',
      issue: presentIssue(event.issue, allFields, view),
      changelog,
    };
    return [{ webhookEvent: 'jira:issue_updated', issue: event.issue, payload }];
  }
  const comment = presentComment(event.issue, event.comment, view);
  return [
    {
      webhookEvent: 'comment_created',
      issue: event.issue,
      payload: {
        timestamp: event.at,
        webhookEvent: 'comment_created',
        comment,
        issue: presentIssue(event.issue, briefFields, view),
      },
    },
    {
      webhookEvent: 'jira:issue_updated',
      issue: event.issue,
      payload: {
        ...base,
        webhookEvent: 'jira:issue_updated',
        issue_event_type_name: 'issue_commented',
        issue: presentIssue(event.issue, allFields, view),
        comment,
      },
    },
  ];
}
