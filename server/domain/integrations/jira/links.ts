import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/index.ts';
import { AppError, notFound } from '../../../errors.ts';
import { transact } from '../../../events/transact.ts';
import { randomId } from '../../../lib/secrets.ts';
import type { Actor } from '../../auth/actor.ts';
import { lockConversationRow } from '../../conversations/queries.ts';
import type { PartRow } from '../../conversations/rows.ts';
import { emitTicketUpdated } from '../../tickets/events.ts';
import { lockTicketRow } from '../../tickets/queries.ts';
import { findJiraSettings, requireJiraSettings } from './settings.ts';

/** A link whose issue Charla is still creating carries this key prefix until Jira answers with the real key. */
export const NEW_ISSUE_PREFIX = 'new-';

export function isIssueBeingCreated(key: string): boolean {
  return key.startsWith(NEW_ISSUE_PREFIX);
}

/**
 * Links a ticket to a Jira issue: a new one Charla creates (`create`), or an existing one by key. The link is
 * written as pending and the call to Jira is a job in the same transaction, so it happens (with retries)
 * even if this process dies right after.
 */
export async function requestJiraLink(
  app: FastifyInstance,
  actor: Actor,
  ticketId: number,
  request: { create: true } | { key: string },
): Promise<void> {
  const { workspaceId } = actor;
  await requireJiraSettings(app.db, workspaceId);
  const issueKey = 'key' in request ? request.key : `${NEW_ISSUE_PREFIX}${randomId(8)}`;
  await transact(app, workspaceId, async (trx, emit) => {
    const row = await lockConversationRow(trx, workspaceId, ticketId);
    const ticket = await lockTicketRow(trx, workspaceId, ticketId);
    const inserted = await trx
      .insertInto('jira_links')
      .values({
        workspace_id: workspaceId,
        ticket_id: ticketId,
        issue_key: issueKey,
        created_by_teammate_id: actor.teammate.id,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('issue_key')
      .executeTakeFirst();
    if (!inserted) throw new AppError('conflict', `The ticket is linked to ${issueKey} already`, { field: 'key' });
    await app.jobs.send('jira.sync_link', { workspaceId, ticketId, issueKey }, { trx });
    emitTicketUpdated(emit, row, ticket, { jira: issueKey });
  });
}

export async function unlinkJiraIssue(app: FastifyInstance, actor: Actor, ticketId: number, issueKey: string) {
  const { workspaceId } = actor;
  await transact(app, workspaceId, async (trx, emit) => {
    const row = await lockConversationRow(trx, workspaceId, ticketId);
    const ticket = await lockTicketRow(trx, workspaceId, ticketId);
    const deleted = await trx
      .deleteFrom('jira_links')
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .where('issue_key', '=', issueKey)
      .returning('issue_key')
      .executeTakeFirst();
    if (!deleted) throw notFound('not_found', 'The ticket is not linked to that issue');
    emitTicketUpdated(emit, row, ticket, { jira: issueKey });
  });
}

/** "Sync failed — retry": the link goes back to pending and its job runs again now. */
export async function retryJiraLink(app: FastifyInstance, actor: Actor, ticketId: number, issueKey: string) {
  const { workspaceId } = actor;
  await requireJiraSettings(app.db, workspaceId);
  await transact(app, workspaceId, async (trx, emit) => {
    const row = await lockConversationRow(trx, workspaceId, ticketId);
    const ticket = await lockTicketRow(trx, workspaceId, ticketId);
    const link = await trx
      .updateTable('jira_links')
      .set({ sync_state: 'pending', last_error: null, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .where('issue_key', '=', issueKey)
      .returning('issue_key')
      .executeTakeFirst();
    if (!link) throw notFound('not_found', 'The ticket is not linked to that issue');
    await app.jobs.send('jira.sync_link', { workspaceId, ticketId, issueKey }, { trx });
    emitTicketUpdated(emit, row, ticket, { jira: issueKey });
  });
}

/**
 * In a ticket reply's transaction: a public comment goes to each linked issue when the workspace sends
 * public comments to Jira (one job per issue). Notes never leave Charla.
 */
export async function queueJiraComments(app: FastifyInstance, trx: Db, part: PartRow): Promise<void> {
  if (part.part_type !== 'comment' || !part.is_public) return;
  const settings = await findJiraSettings(trx, part.workspace_id);
  if (!settings?.send_public_comments) return;
  const links = await trx
    .selectFrom('jira_links')
    .select('issue_key')
    .where('workspace_id', '=', part.workspace_id)
    .where('ticket_id', '=', part.conversation_id)
    .execute();
  for (const { issue_key } of links) {
    if (isIssueBeingCreated(issue_key)) continue;
    const data = {
      workspaceId: part.workspace_id,
      ticketId: part.conversation_id,
      issueKey: issue_key,
      partId: part.id,
    };
    await app.jobs.send('jira.comment', data, { trx });
  }
}
