import { createHmac, randomUUID } from 'node:crypto';
import { DEV_PERSON } from '../../server/jira-standin/options.ts';
import { formatJiraTimestamp } from '../../server/jira-standin/time.ts';

/** The two statuses the benchmark moves issues between, as Jira Cloud presents them. */
const STATUSES = {
  'To Do': { id: '10000', category: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' } },
  'In Progress': { id: '10001', category: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' } },
} as const;

export type BenchStatus = keyof typeof STATUSES;

export interface SignedDelivery {
  body: string;
  headers: Record<string, string>;
}

function presentStatus(siteUrl: string, name: BenchStatus) {
  const { id, category } = STATUSES[name];
  return {
    self: `${siteUrl}/rest/api/2/status/${id}`,
    description: '',
    iconUrl: `${siteUrl}/images/icons/statuses/generic.png`,
    name,
    untranslatedName: name,
    id,
    statusCategory: { self: `${siteUrl}/rest/api/2/statuscategory/${category.id}`, ...category },
  };
}

/**
 * A `jira:issue_updated` delivery for a status transition, shaped as Jira Cloud (and the stand-in,
 * server/jira-standin/webhooks/payloads.ts) sends it, signed with `secret` and with a fresh delivery id.
 */
export function statusChangeDelivery(
  secret: string,
  siteUrl: string,
  issue: { id: string; key: string; summary: string },
  change: { from: BenchStatus; to: BenchStatus; at: number },
): SignedDelivery {
  const user = {
    self: `${siteUrl}/rest/api/2/user?accountId=${DEV_PERSON.accountId}`,
    accountId: DEV_PERSON.accountId,
    displayName: DEV_PERSON.displayName,
    active: true,
    timeZone: 'UTC',
    accountType: 'atlassian',
  };
  const payload = {
    timestamp: change.at,
    user,
    webhookEvent: 'jira:issue_updated',
    issue_event_type_name: 'issue_generic',
    issue: {
      id: issue.id,
      self: `${siteUrl}/rest/api/2/issue/${issue.id}`,
      key: issue.key,
      fields: {
        summary: issue.summary,
        description: null,
        status: presentStatus(siteUrl, change.to),
        issuetype: { self: `${siteUrl}/rest/api/2/issuetype/10002`, id: '10002', name: 'Task', subtask: false },
        project: { self: `${siteUrl}/rest/api/2/project/10000`, id: '10000', key: 'SUP', name: 'Support' },
        labels: [],
        reporter: user,
        creator: user,
        assignee: null,
        created: formatJiraTimestamp(change.at - 60_000),
        updated: formatJiraTimestamp(change.at),
        comment: { comments: [], startAt: 0, maxResults: 0, total: 0 },
      },
    },
    changelog: {
      id: String(change.at),
      items: [
        {
          field: 'status',
          fieldtype: 'jira',
          fieldId: 'status',
          from: STATUSES[change.from].id,
          fromString: change.from,
          to: STATUSES[change.to].id,
          toString: change.to,
        },
      ],
    },
  };
  const body = JSON.stringify(payload);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Atlassian Webhook HTTP Client',
      'x-atlassian-webhook-identifier': randomUUID(),
      'x-hub-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    },
  };
}
