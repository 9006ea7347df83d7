import type { Selectable } from 'kysely';
import type { JiraSettings, JiraStatusRule, SaveJiraSettingsRequest } from '../../../../protocol/jira.ts';
import type { Config } from '../../../config.ts';
import type { Db } from '../../../db/index.ts';
import type { JiraSettingsTable } from '../../../db/schema-tickets.ts';
import { AppError } from '../../../errors.ts';
import { decryptSecret, encryptSecret } from '../../../lib/secret-key.ts';
import { randomSecret } from '../../../lib/secrets.ts';
import { unixSecondsOrNull } from '../../../lib/time.ts';
import type { JiraConnection } from './client.ts';

export type JiraSettingsRow = Selectable<JiraSettingsTable>;

export async function findJiraSettings(db: Db, workspaceId: string): Promise<JiraSettingsRow | undefined> {
  return db.selectFrom('jira_settings').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
}

export async function requireJiraSettings(db: Db, workspaceId: string): Promise<JiraSettingsRow> {
  const settings = await findJiraSettings(db, workspaceId);
  if (!settings) throw new AppError('jira_not_configured', 'Connect Jira first (Settings → Jira)');
  return settings;
}

export function connectionOf(config: Config, settings: JiraSettingsRow): JiraConnection {
  return {
    siteUrl: settings.site_url,
    email: settings.email,
    apiToken: decryptSecret(config, settings.api_token_encrypted),
  };
}

/** Jira's three status categories onto the ticket states of the same meaning; teams add rules by status name. */
async function defaultStatusMap(db: Db, workspaceId: string): Promise<JiraStatusRule[]> {
  const states = await db
    .selectFrom('ticket_states')
    .select(['id', 'category'])
    .where('workspace_id', '=', workspaceId)
    .where('archived', '=', false)
    .orderBy('position')
    .execute();
  const first = (category: string) => states.find((state) => state.category === category)?.id;
  const rules: [JiraStatusRule['kind'], string, number | undefined][] = [
    ['status', 'Waiting for customer', first('waiting_on_customer')],
    ['category', 'new', first('submitted')],
    ['category', 'indeterminate', first('in_progress')],
    ['category', 'done', first('resolved')],
  ];
  return rules.flatMap(([kind, value, id]) => (id ? [{ kind, value, ticket_state_id: String(id) }] : []));
}

async function checkStatusMap(db: Db, workspaceId: string, rules: JiraStatusRule[]): Promise<void> {
  const ids = [...new Set(rules.map((rule) => Number(rule.ticket_state_id)))];
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('ticket_states')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const missing = ids.find((id) => !found.some((row) => row.id === id));
  if (missing !== undefined)
    throw new AppError('parameter_invalid', `status_map: no ticket state ${missing}`, { field: 'status_map' });
}

/** Saves the connection; the API token is encrypted with SECRET_KEY and kept when not sent again. */
export async function saveJiraSettings(
  db: Db,
  config: Config,
  workspaceId: string,
  input: SaveJiraSettingsRequest,
): Promise<void> {
  const existing = await findJiraSettings(db, workspaceId);
  if (!existing && !input.api_token)
    throw new AppError('parameter_not_found', 'api_token: required to connect Jira', { field: 'api_token' });
  const statusMap = input.status_map ?? (existing ? undefined : await defaultStatusMap(db, workspaceId));
  if (statusMap) await checkStatusMap(db, workspaceId, statusMap);
  const token = input.api_token ? encryptSecret(config, input.api_token) : existing?.api_token_encrypted;
  const values = {
    site_url: input.site_url,
    email: input.email,
    api_token_encrypted: token as string,
    project_key: input.project_key,
    issue_type: input.issue_type,
    send_public_comments: input.send_public_comments,
    ...(statusMap ? { status_map: JSON.stringify(statusMap) } : {}),
    // Another site, account or token: who Charla is there is found again by the next test or call.
    ...(existing && (existing.site_url !== input.site_url || existing.email !== input.email || input.api_token)
      ? { account_id: null }
      : {}),
    updated_at: new Date(),
  };
  await db
    .insertInto('jira_settings')
    .values({ workspace_id: workspaceId, webhook_secret: randomSecret(), status_map: '[]', ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
}

export async function rotateJiraWebhookSecret(db: Db, workspaceId: string): Promise<void> {
  await requireJiraSettings(db, workspaceId);
  await db
    .updateTable('jira_settings')
    .set({ webhook_secret: randomSecret(), updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .execute();
}

export async function deleteJiraSettings(db: Db, workspaceId: string): Promise<void> {
  await db.deleteFrom('jira_settings').where('workspace_id', '=', workspaceId).execute();
}

export async function rememberJiraAccount(db: Db, workspaceId: string, accountId: string): Promise<void> {
  await db
    .updateTable('jira_settings')
    .set({ account_id: accountId })
    .where('workspace_id', '=', workspaceId)
    .execute();
}

export function jiraWebhookUrl(config: Config, workspaceId: string): string {
  return `${config.publicUrl}/api/integrations/jira/webhook/${workspaceId}`;
}

/** The settings as admins see them: never the token; the webhook secret only to admins. */
export function presentJiraSettings(
  config: Config,
  workspaceId: string,
  row: JiraSettingsRow | undefined,
  options: { showSecret: boolean; failedLinks: number },
): JiraSettings {
  return {
    type: 'jira_settings',
    configured: row !== undefined,
    site_url: row?.site_url ?? null,
    email: row?.email ?? null,
    has_api_token: row !== undefined,
    project_key: row?.project_key ?? null,
    issue_type: row?.issue_type ?? null,
    status_map: (row?.status_map as JiraStatusRule[] | undefined) ?? [],
    send_public_comments: row?.send_public_comments ?? false,
    webhook_url: jiraWebhookUrl(config, workspaceId),
    webhook_secret: row && options.showSecret ? row.webhook_secret : null,
    account_id: row?.account_id ?? null,
    reconciled_until: unixSecondsOrNull(row?.reconciled_until ?? null),
    failed_links: options.failedLinks,
  };
}
