import type { FastifyInstance } from 'fastify';
import { applyJiraIssue } from './apply.ts';
import { connectJira, describeJiraError } from './client.ts';
import { isIssueBeingCreated } from './links.ts';
import { connectionOf, type JiraSettingsRow } from './settings.ts';

/** A first pass looks back this far; later passes from their last mark. */
const FIRST_LOOK_BACK_MS = 24 * 60 * 60 * 1000;
/** Jira's `updated >= "-Nm"` counts whole minutes: look a little further back, repeats change nothing. */
const MARGIN_MINUTES = 2;

async function reconcileWorkspace(app: FastifyInstance, settings: JiraSettingsRow, startedAt: Date): Promise<number> {
  const links = await app.db
    .selectFrom('jira_links')
    .select('issue_key')
    .distinct()
    .where('workspace_id', '=', settings.workspace_id)
    .execute();
  const keys = links.map((link) => link.issue_key).filter((key) => !isIssueBeingCreated(key));
  let applied = 0;
  if (keys.length > 0) {
    const since = settings.reconciled_until?.getTime() ?? startedAt.getTime() - FIRST_LOOK_BACK_MS;
    const minutes = Math.ceil((startedAt.getTime() - since) / 60_000) + MARGIN_MINUTES;
    const issues = await connectJira(connectionOf(app.config, settings)).issuesUpdatedSince(keys, minutes);
    for (const issue of issues) applied += await applyJiraIssue(app, settings, issue);
  }
  await app.db
    .updateTable('jira_settings')
    .set({ reconciled_until: startedAt })
    .where('workspace_id', '=', settings.workspace_id)
    .execute();
  return applied;
}

/**
 * Webhooks get lost: reads, for every workspace connected to Jira, the linked issues updated since the last
 * pass and applies them as a webhook would. Issues already applied (same `updated`) change nothing, so a
 * second pass applies none. Returns the tickets moved per workspace; one workspace failing does not stop
 * the others (its mark stays, so the next pass covers the gap).
 */
export async function reconcileJira(app: FastifyInstance): Promise<Map<string, number>> {
  const all = await app.db.selectFrom('jira_settings').selectAll().execute();
  const moved = new Map<string, number>();
  for (const settings of all) {
    const startedAt = new Date();
    try {
      moved.set(settings.workspace_id, await reconcileWorkspace(app, settings, startedAt));
    } catch (error) {
      app.log.warn(
        { workspaceId: settings.workspace_id, reason: describeJiraError(error) },
        'Jira reconciliation failed',
      );
    }
  }
  return moved;
}
