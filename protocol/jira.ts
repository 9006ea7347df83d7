import { z } from 'zod';

/** One rule of the map from Jira to ticket states: a status by name, or a status category (new/indeterminate/done). */
export const ZJiraStatusRuleSchema = z.object({
  kind: z.enum(['status', 'category']),
  value: z.string().trim().min(1).max(120),
  ticket_state_id: z.union([z.string().regex(/^\d{1,15}$/), z.number().int().positive()]).transform(String),
});
export type JiraStatusRule = z.infer<typeof ZJiraStatusRuleSchema>;

export const ZJiraSettingsSchema = z.object({
  type: z.literal('jira_settings'),
  configured: z.boolean(),
  site_url: z.string().nullable(),
  email: z.string().nullable(),
  /** The token is never sent back; this says whether one is stored. */
  has_api_token: z.boolean(),
  project_key: z.string().nullable(),
  issue_type: z.string().nullable(),
  status_map: z.array(ZJiraStatusRuleSchema),
  send_public_comments: z.boolean(),
  /** Where Jira posts its webhooks for this workspace, and the secret it signs them with (admins only). */
  webhook_url: z.string(),
  webhook_secret: z.string().nullable(),
  account_id: z.string().nullable(),
  reconciled_until: z.number().nullable(),
  /** Links whose last call to Jira failed (they show "Sync failed — retry"). */
  failed_links: z.number(),
});
export type JiraSettings = z.infer<typeof ZJiraSettingsSchema>;

const ZSiteUrlSchema = z
  .url()
  .max(300)
  .refine((url) => /^https?:\/\//.test(url), 'Use an http(s) address')
  .transform((url) => url.replace(/\/+$/, ''));

export const ZSaveJiraSettingsRequestSchema = z.strictObject({
  site_url: ZSiteUrlSchema,
  email: z.string().trim().min(3).max(254).pipe(z.email()),
  /** Required the first time; leave out to keep the stored one. */
  api_token: z.string().trim().min(1).max(1000).optional(),
  project_key: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'A project key such as SUP'),
  issue_type: z.string().trim().min(1).max(120).default('Task'),
  status_map: z.array(ZJiraStatusRuleSchema).max(50).optional(),
  send_public_comments: z.boolean().default(false),
});
export type SaveJiraSettingsRequest = z.infer<typeof ZSaveJiraSettingsRequestSchema>;

export const ZJiraTestResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    account: z.object({ account_id: z.string(), display_name: z.string().nullable() }),
    project: z.object({ key: z.string(), name: z.string() }),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type JiraTestResult = z.infer<typeof ZJiraTestResultSchema>;

export const ZJiraIssueKeySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/, 'An issue key such as SUP-12');

export const ZLinkJiraIssueRequestSchema = z.union([
  z.strictObject({ create: z.literal(true) }),
  z.strictObject({ key: ZJiraIssueKeySchema }),
]);
