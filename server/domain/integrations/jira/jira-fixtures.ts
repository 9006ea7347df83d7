import type { FastifyInstance } from 'fastify';
import { bearer } from '../../../../test/factories.ts';
import { DEFAULT_ACCOUNT } from '../../../jira-standin/options.ts';
import type { JiraStandin } from '../../../jira-standin/standin.ts';

/** Connects the workspace to the stand-in and registers Charla's webhook there, as an admin would in Jira. */
export async function connectToStandin(
  app: FastifyInstance,
  adminToken: string,
  standin: JiraStandin,
  charlaUrl: string,
  extra = {},
) {
  const saved = await app.inject({
    method: 'PUT',
    url: '/api/integrations/jira',
    headers: bearer(adminToken),
    payload: {
      site_url: standin.url,
      email: DEFAULT_ACCOUNT.email,
      api_token: DEFAULT_ACCOUNT.apiToken,
      project_key: 'SUP',
      issue_type: 'Task',
      ...extra,
    },
  });
  if (saved.statusCode !== 200) throw new Error(`jira settings: ${saved.statusCode} ${saved.body}`);
  const settings = saved.json();
  const webhookUrl = settings.webhook_url.replace(/^https?:\/\/[^/]+/, charlaUrl);
  const registered = await fetch(`${standin.url}/rest/webhooks/1.0/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${DEFAULT_ACCOUNT.email}:${DEFAULT_ACCOUNT.apiToken}`).toString('base64')}`,
    },
    body: JSON.stringify({
      name: 'Charla',
      url: webhookUrl,
      events: ['jira:issue_updated', 'comment_created'],
      secret: settings.webhook_secret,
    }),
  });
  if (!registered.ok) throw new Error(`register webhook: ${registered.status} ${await registered.text()}`);
  return settings as { webhook_url: string; webhook_secret: string };
}
