import { DEFAULT_ACCOUNT, DEFAULT_PROJECT } from './options.ts';
import { startJiraStandin } from './standin.ts';

/** `npm run dev:jira`: a Jira Cloud stand-in for the demo and manual testing. In memory; Ctrl-C forgets it all. */

const port = Number(process.env.JIRA_STANDIN_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`JIRA_STANDIN_PORT must be a port number, got '${process.env.JIRA_STANDIN_PORT}'`);
  process.exit(1);
}
const webhookUrl = process.env.JIRA_STANDIN_WEBHOOK_URL;
const webhookSecret = process.env.JIRA_STANDIN_WEBHOOK_SECRET;

const standin = await startJiraStandin({
  port,
  host: process.env.JIRA_STANDIN_HOST ?? '127.0.0.1',
  webhookRetryDelayMs: 1_000,
  webhooks: webhookUrl
    ? [
        {
          name: 'Charla',
          url: webhookUrl,
          events: ['jira:issue_created', 'jira:issue_updated', 'comment_created'],
          ...(webhookSecret ? { secret: webhookSecret } : {}),
        },
      ]
    : [],
  log: (line) => console.log(`  webhook ${line}`),
});

console.log(
  [
    '',
    `  Jira stand-in (test-only, not Atlassian's) at ${standin.url}`,
    "  In Charla's Jira settings use:",
    `    Site URL:   ${standin.url}`,
    `    Email:      ${DEFAULT_ACCOUNT.email}`,
    `    API token:  ${DEFAULT_ACCOUNT.apiToken}`,
    `    Project:    ${DEFAULT_PROJECT.key} (${DEFAULT_PROJECT.name})`,
    webhookUrl
      ? `  Webhooks go to ${webhookUrl}${webhookSecret ? ', signed (X-Hub-Signature)' : ', unsigned (set JIRA_STANDIN_WEBHOOK_SECRET to sign)'}`
      : '  No webhook registered (set JIRA_STANDIN_WEBHOOK_URL, or POST /rest/webhooks/1.0/webhook)',
    `  Move issues and comment as "Dev Person" at ${standin.url}/`,
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await standin.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
