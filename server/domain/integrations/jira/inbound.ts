import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError, notFound } from '../../../errors.ts';
import { transact } from '../../../events/transact.ts';
import { assertStorableText } from '../../../http/text-guard.ts';
import { safeEqual } from '../../../lib/secrets.ts';
import { writeContext } from '../../conversations/context.ts';
import { appendPart } from '../../conversations/parts.ts';
import { lockConversationRow } from '../../conversations/queries.ts';
import { applyJiraIssue } from './apply.ts';
import { adfToText, type JiraIssue } from './client.ts';
import { findJiraSettings, type JiraSettingsRow } from './settings.ts';

const ZIssueSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  key: z.string().min(1).max(64),
  fields: z
    .object({
      summary: z.string().nullish(),
      updated: z.string().nullish(),
      status: z
        .object({ name: z.string().nullish(), statusCategory: z.object({ key: z.string().nullish() }).nullish() })
        .nullish(),
    })
    .passthrough()
    .nullish(),
});

const ZWebhookSchema = z.object({
  webhookEvent: z.string().max(100),
  timestamp: z.number().optional(),
  user: z.object({ accountId: z.string().nullish(), displayName: z.string().nullish() }).nullish(),
  issue: ZIssueSchema.optional(),
  comment: z
    .object({
      id: z.union([z.string(), z.number()]).transform(String),
      body: z.unknown(),
      author: z.object({ accountId: z.string().nullish(), displayName: z.string().nullish() }).nullish(),
    })
    .optional(),
});

export type WebhookOutcome = { applied: number } | { ignored: 'repeat' | 'echo' | 'event' | 'unknown_issue' };

/** `sha256=<hex HMAC-SHA256(secret, raw body)>`, as Jira signs admin webhooks registered with a secret. */
export function isSignedBy(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest('hex');
  return safeEqual(expected, header.slice('sha256='.length).toLowerCase());
}

function issueOf(payload: z.infer<typeof ZWebhookSchema>): JiraIssue | undefined {
  if (!payload.issue) return undefined;
  const { fields } = payload.issue;
  const updated = fields?.updated ? new Date(fields.updated) : payload.timestamp ? new Date(payload.timestamp) : null;
  return {
    id: payload.issue.id,
    key: payload.issue.key,
    summary: fields?.summary ?? null,
    statusName: fields?.status?.name ?? null,
    statusCategory: fields?.status?.statusCategory?.key ?? null,
    updated: updated && !Number.isNaN(updated.getTime()) ? updated : null,
  };
}

/** Records the delivery id; false when it was seen before (Jira retries and repeats deliveries). */
async function isFirstDelivery(app: FastifyInstance, workspaceId: string, deliveryId: string | undefined) {
  if (!deliveryId) return true;
  const recorded = await app.db
    .insertInto('jira_webhook_receipts')
    .values({ workspace_id: workspaceId, delivery_id: deliveryId.slice(0, 200) })
    .onConflict((oc) => oc.doNothing())
    .returning('delivery_id')
    .executeTakeFirst();
  return recorded !== undefined;
}

async function isEcho(
  app: FastifyInstance,
  settings: JiraSettingsRow,
  issueKey: string,
  commentId: string,
  author?: string | null,
) {
  if (author && settings.account_id && author === settings.account_id) return true;
  const sent = await app.db
    .selectFrom('jira_sent_comments')
    .select('comment_id')
    .where('workspace_id', '=', settings.workspace_id)
    .where('issue_key', '=', issueKey)
    .where('comment_id', '=', commentId)
    .executeTakeFirst();
  return sent !== undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A comment written in Jira becomes an internal note on each linked ticket (never shown to the customer). */
async function noteJiraComment(
  app: FastifyInstance,
  settings: JiraSettingsRow,
  issueKey: string,
  author: string,
  text: string,
) {
  const links = await app.db
    .selectFrom('jira_links')
    .select('ticket_id')
    .where('workspace_id', '=', settings.workspace_id)
    .where('issue_key', '=', issueKey)
    .execute();
  for (const { ticket_id } of links) {
    await transact(app, settings.workspace_id, async (trx, emit) => {
      const row = await lockConversationRow(trx, settings.workspace_id, ticket_id);
      await appendPart(
        trx,
        emit,
        row,
        {
          partType: 'note',
          authorType: 'bot',
          authorId: null,
          body: `<p><strong>${escapeHtml(author)}</strong> (Jira ${escapeHtml(issueKey)}):</p><p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`,
          isPublic: false,
          metadata: { source: 'jira', issue_key: issueKey },
        },
        writeContext(undefined),
      );
    });
  }
  return links.length;
}

/**
 * Jira's webhook for a workspace: signature checked over the raw body, repeats ignored, then an issue update
 * moves linked tickets by the status map, and a comment someone wrote in Jira becomes an internal note
 * (Charla's own comments coming back are echoes and ignored).
 */
export async function receiveJiraWebhook(
  app: FastifyInstance,
  workspaceId: string,
  rawBody: Buffer,
  headers: Record<string, string | string[] | undefined>,
): Promise<WebhookOutcome> {
  const settings = await findJiraSettings(app.db, workspaceId);
  if (!settings) throw notFound();
  const signature = headers['x-hub-signature'];
  if (!isSignedBy(settings.webhook_secret, rawBody, Array.isArray(signature) ? signature[0] : signature))
    throw new AppError('unauthorized', 'The webhook signature does not match');
  let payload: z.infer<typeof ZWebhookSchema>;
  try {
    payload = ZWebhookSchema.parse(JSON.parse(rawBody.toString('utf8')));
  } catch {
    throw new AppError('parameter_invalid', 'Not a Jira webhook payload');
  }
  assertStorableText(payload);
  const deliveryId = headers['x-atlassian-webhook-identifier'];
  if (!(await isFirstDelivery(app, workspaceId, Array.isArray(deliveryId) ? deliveryId[0] : deliveryId)))
    return { ignored: 'repeat' };
  const issue = issueOf(payload);
  if (!issue) return { ignored: 'event' };
  if (payload.webhookEvent === 'jira:issue_updated') {
    return { applied: await applyJiraIssue(app, settings, issue, payload.user?.displayName ?? null) };
  }
  if (payload.webhookEvent === 'comment_created' && payload.comment) {
    const { comment } = payload;
    if (await isEcho(app, settings, issue.key, comment.id, comment.author?.accountId)) return { ignored: 'echo' };
    const text = adfToText(comment.body).slice(0, 20_000);
    const noted = await noteJiraComment(app, settings, issue.key, comment.author?.displayName ?? 'Jira', text);
    return noted > 0 ? { applied: 0 } : { ignored: 'unknown_issue' };
  }
  return { ignored: 'event' };
}
