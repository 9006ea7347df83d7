import type { FastifyInstance } from 'fastify';
import { connectJira, textToAdf } from '../../server/domain/integrations/jira/client.ts';
import { DEFAULT_ACCOUNT } from '../../server/jira-standin/options.ts';
import type { JiraStandin } from '../../server/jira-standin/standin.ts';
import { runShared } from './handoffs.ts';

export interface BenchIssue {
  id: string;
  key: string;
  summary: string;
}

/** jira.js on the stand-in, as Charla's integration user. */
export function standinClient(standin: JiraStandin) {
  return connectJira({ siteUrl: standin.url, email: DEFAULT_ACCOUNT.email, apiToken: DEFAULT_ACCOUNT.apiToken });
}

/** Connects the workspace to the stand-in through the API, as an admin does; answers the webhook secret. */
export async function connectWorkspace(app: FastifyInstance, token: string, standin: JiraStandin): Promise<string> {
  const saved = await app.inject({
    method: 'PUT',
    url: '/api/integrations/jira',
    headers: { authorization: `Bearer ${token}` },
    payload: {
      site_url: standin.url,
      email: DEFAULT_ACCOUNT.email,
      api_token: DEFAULT_ACCOUNT.apiToken,
      project_key: 'SUP',
      issue_type: 'Task',
    },
  });
  if (saved.statusCode !== 200) throw new Error(`jira settings: ${saved.statusCode} ${saved.body}`);
  return saved.json().webhook_secret as string;
}

/** One issue per summary on the stand-in (REST, `clients` at a time), in the order given. */
export async function createIssues(standin: JiraStandin, summaries: string[], clients: number): Promise<BenchIssue[]> {
  const jira = standinClient(standin);
  const issues: BenchIssue[] = new Array(summaries.length);
  await runShared([...summaries.keys()], clients, async (index) => {
    const summary = summaries[index] as string;
    const created = await jira.createIssue({
      projectKey: 'SUP',
      issueType: 'Task',
      summary,
      description: textToAdf('Opened from a Charla ticket (bench:tickets)'),
    });
    issues[index] = { ...created, summary };
  });
  return issues;
}

/** Registers Charla's webhook in the stand-in, as a Jira admin would. */
export async function registerWebhook(standin: JiraStandin, url: string, secret: string): Promise<void> {
  const registered = await fetch(`${standin.url}/rest/webhooks/1.0/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${DEFAULT_ACCOUNT.email}:${DEFAULT_ACCOUNT.apiToken}`).toString('base64')}`,
    },
    body: JSON.stringify({ name: 'Charla', url, events: ['jira:issue_updated', 'comment_created'], secret }),
  });
  if (!registered.ok) throw new Error(`register webhook: ${registered.status} ${await registered.text()}`);
}
