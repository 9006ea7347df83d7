import type { JiraStatusRule } from '../../../../protocol/jira.ts';
import type { Db } from '../../../db/index.ts';
import { type Emit, transact } from '../../../events/transact.ts';
import type { Services } from '../../conversations/context.ts';
import { lockConversationRow } from '../../conversations/queries.ts';
import { emitTicketUpdated } from '../../tickets/events.ts';
import { lockTicketRow } from '../../tickets/queries.ts';
import { changeTicketState } from '../../tickets/state.ts';
import type { JiraIssue } from './client.ts';
import type { JiraSettingsRow } from './settings.ts';
import { mapJiraStatus } from './status-map.ts';

/**
 * The tickets linked to the issue that this news may change: a link already holding news as new (same
 * `updated`, synced) is skipped without a transaction — the reconciliation reads many unchanged issues.
 * The locked re-check in `refreshLink` still decides.
 */
async function ticketIdsToRefresh(db: Db, workspaceId: string, issue: JiraIssue): Promise<number[]> {
  const rows = await db
    .selectFrom('jira_links')
    .select(['ticket_id', 'issue_updated_at', 'sync_state'])
    .where('workspace_id', '=', workspaceId)
    .where('issue_key', '=', issue.key)
    .execute();
  const isCurrent = (row: (typeof rows)[number]) =>
    row.sync_state === 'ok' &&
    row.issue_updated_at !== null &&
    issue.updated !== null &&
    issue.updated <= row.issue_updated_at;
  return rows.filter((row) => !isCurrent(row)).map((row) => row.ticket_id);
}

/** Records what Jira says of the issue on one locked link; false when it is not newer than what we have. */
async function refreshLink(trx: Db, workspaceId: string, ticketId: number, issue: JiraIssue): Promise<boolean> {
  const link = await trx
    .selectFrom('jira_links')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('ticket_id', '=', ticketId)
    .where('issue_key', '=', issue.key)
    .forUpdate()
    .executeTakeFirst();
  if (!link) return false;
  const isOlder = link.issue_updated_at && issue.updated && issue.updated <= link.issue_updated_at;
  if (isOlder && link.sync_state === 'ok') return false;
  await trx
    .updateTable('jira_links')
    .set({
      issue_id: issue.id || link.issue_id,
      summary: issue.summary ?? link.summary,
      status_name: issue.statusName ?? link.status_name,
      status_category: issue.statusCategory ?? link.status_category,
      issue_updated_at: issue.updated ?? link.issue_updated_at,
      sync_state: 'ok',
      last_error: null,
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('ticket_id', '=', ticketId)
    .where('issue_key', '=', issue.key)
    .execute();
  return !isOlder;
}

async function applyToTicket(
  trx: Db,
  emit: Emit,
  settings: JiraSettingsRow,
  ticketId: number,
  issue: JiraIssue,
  by: string | null,
): Promise<boolean> {
  const workspaceId = settings.workspace_id;
  const row = await lockConversationRow(trx, workspaceId, ticketId);
  const ticket = await lockTicketRow(trx, workspaceId, ticketId);
  if (!(await refreshLink(trx, workspaceId, ticketId, issue))) return false;
  const stateId = mapJiraStatus(settings.status_map as JiraStatusRule[], {
    name: issue.statusName,
    category: issue.statusCategory,
  });
  const state =
    stateId === undefined
      ? undefined
      : await trx
          .selectFrom('ticket_states')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', stateId)
          .where('archived', '=', false)
          .executeTakeFirst();
  const changed = state
    ? await changeTicketState(trx, emit, row, ticket, state, { type: 'jira', issueKey: issue.key, by })
    : undefined;
  if (!changed) emitTicketUpdated(emit, row, ticket, { jira: issue.key });
  return changed !== undefined;
}

/**
 * Applies an issue's status (from a webhook or the reconciliation) to every ticket linked to it: the link
 * records the status, and the ticket moves by the status map. News not newer than what a link already has
 * (same `updated`) changes nothing, so a repeated or late delivery and a later reconciliation agree.
 * Returns how many tickets changed state.
 */
export async function applyJiraIssue(
  services: Services,
  settings: JiraSettingsRow,
  issue: JiraIssue,
  by: string | null = null,
): Promise<number> {
  let changed = 0;
  for (const ticketId of await ticketIdsToRefresh(services.db, settings.workspace_id, issue)) {
    const moved = await transact(services, settings.workspace_id, (trx, emit) =>
      applyToTicket(trx, emit, settings, ticketId, issue, by),
    );
    if (moved) changed += 1;
  }
  return changed;
}
