import type { FastifyInstance } from 'fastify';
import { transact } from '../../../events/transact.ts';
import type { RunningJob } from '../../../jobs/jobs.ts';
import { toPlainText } from '../../../lib/sanitize.ts';
import { emitTicketUpdated } from '../../tickets/events.ts';
import { applyJiraIssue } from './apply.ts';
import { connectJira, describeJiraError, textToAdf } from './client.ts';
import { isIssueBeingCreated } from './links.ts';
import { reconcileJira } from './reconcile.ts';
import { connectionOf, findJiraSettings, type JiraSettingsRow, rememberJiraAccount } from './settings.ts';

type LinkJob = { workspaceId: string; ticketId: number; issueKey: string };

async function findLink(app: FastifyInstance, { workspaceId, ticketId, issueKey }: LinkJob) {
  return app.db
    .selectFrom('jira_links')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('ticket_id', '=', ticketId)
    .where('issue_key', '=', issueKey)
    .executeTakeFirst();
}

/** Marks the link failed with Jira's reason (the job may still retry); teammates see "Sync failed — retry". */
async function markFailed(app: FastifyInstance, job: LinkJob, error: unknown): Promise<void> {
  await transact(app, job.workspaceId, async (trx, emit) => {
    const updated = await trx
      .updateTable('jira_links')
      .set({ sync_state: 'failed', last_error: describeJiraError(error).slice(0, 500), updated_at: new Date() })
      .where('workspace_id', '=', job.workspaceId)
      .where('ticket_id', '=', job.ticketId)
      .where('issue_key', '=', job.issueKey)
      .returning('ticket_id')
      .executeTakeFirst();
    if (!updated) return;
    const [row, ticket] = await Promise.all([
      trx
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', job.workspaceId)
        .where('id', '=', job.ticketId)
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom('tickets')
        .selectAll()
        .where('workspace_id', '=', job.workspaceId)
        .where('conversation_id', '=', job.ticketId)
        .executeTakeFirstOrThrow(),
    ]);
    emitTicketUpdated(emit, row, ticket, { jira: job.issueKey, sync_failed: true });
  });
}

async function ensureAccountId(app: FastifyInstance, settings: JiraSettingsRow): Promise<void> {
  if (settings.account_id) return;
  const me = await connectJira(connectionOf(app.config, settings)).myself();
  await rememberJiraAccount(app.db, settings.workspace_id, me.accountId);
  settings.account_id = me.accountId;
}

/** Creates the issue for a pending "create" link: summary and description from the ticket, a link back. */
async function createIssue(app: FastifyInstance, settings: JiraSettingsRow, job: LinkJob): Promise<string> {
  const ticket = await app.db
    .selectFrom('tickets')
    .selectAll()
    .where('workspace_id', '=', job.workspaceId)
    .where('conversation_id', '=', job.ticketId)
    .executeTakeFirstOrThrow();
  const jira = connectJira(connectionOf(app.config, settings));
  const created = await jira.createIssue({
    projectKey: settings.project_key,
    issueType: settings.issue_type,
    summary: ticket.title.slice(0, 250),
    description: textToAdf(ticket.description, {
      text: `Charla ticket #${ticket.ticket_number}`,
      href: `${app.config.publicUrl}/inbox/all/${ticket.conversation_id}`,
    }),
  });
  // The real key replaces the placeholder at once, so a retry of this job never creates a second issue.
  await app.db
    .updateTable('jira_links')
    .set({ issue_key: created.key, issue_id: created.id, updated_at: new Date() })
    .where('workspace_id', '=', job.workspaceId)
    .where('ticket_id', '=', job.ticketId)
    .where('issue_key', '=', job.issueKey)
    .execute();
  return created.key;
}

export async function syncJiraLink(app: FastifyInstance, job: RunningJob<LinkJob>): Promise<void> {
  const settings = await findJiraSettings(app.db, job.data.workspaceId);
  if (!settings || !(await findLink(app, job.data))) return;
  try {
    await ensureAccountId(app, settings);
    const key = isIssueBeingCreated(job.data.issueKey) ? await createIssue(app, settings, job.data) : job.data.issueKey;
    const issue = await connectJira(connectionOf(app.config, settings)).getIssue(key);
    await applyJiraIssue(app, settings, issue);
  } catch (error) {
    await markFailed(app, job.data, error);
    throw error;
  }
}

async function sendComment(app: FastifyInstance, job: RunningJob<LinkJob & { partId: number }>): Promise<void> {
  const { workspaceId, ticketId, issueKey, partId } = job.data;
  const settings = await findJiraSettings(app.db, workspaceId);
  if (!settings) return;
  const part = await app.db
    .selectFrom('conversation_parts')
    .innerJoin('tickets', (join) =>
      join
        .onRef('tickets.workspace_id', '=', 'conversation_parts.workspace_id')
        .onRef('tickets.conversation_id', '=', 'conversation_parts.conversation_id'),
    )
    .select(['conversation_parts.body', 'conversation_parts.author_type', 'tickets.ticket_number'])
    .where('conversation_parts.workspace_id', '=', workspaceId)
    .where('conversation_parts.id', '=', partId)
    .executeTakeFirst();
  if (!part) return;
  const who = part.author_type === 'admin' ? 'Agent' : 'Customer';
  try {
    await ensureAccountId(app, settings);
    const text = `${who} on Charla ticket #${part.ticket_number}:\n${toPlainText(part.body ?? '')}`;
    const comment = await connectJira(connectionOf(app.config, settings)).addComment(issueKey, textToAdf(text));
    await app.db
      .insertInto('jira_sent_comments')
      .values({ workspace_id: workspaceId, issue_key: issueKey, comment_id: comment.id, part_id: partId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } catch (error) {
    await markFailed(app, { workspaceId, ticketId, issueKey }, error);
    throw error;
  }
}

export async function registerJiraJobs(app: FastifyInstance): Promise<void> {
  await app.jobs.work('jira.sync_link', (job) => syncJiraLink(app, job));
  await app.jobs.work('jira.comment', (job) => sendComment(app, job));
  await app.jobs.work('jira.reconcile', async () => {
    await reconcileJira(app);
  });
  await app.jobs.schedule('jira.reconcile', app.config.jira.reconcileCron);
}
