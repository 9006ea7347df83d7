import type { CreateWebhookSubscriptionRequest, UpdateWebhookSubscriptionRequest } from '../../../protocol/webhooks.ts';
import type { Db } from '../../db/index.ts';
import { withTransaction } from '../../db/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { randomSecret } from '../../lib/secrets.ts';
import { isPrivateHost } from './addresses.ts';
import type { SubscriptionRow } from './presenter.ts';

export const subscriptionNotFound = () => notFound('not_found', 'Webhook subscription not found');

/** Unless allowed (WEBHOOKS_ALLOW_PRIVATE_URLS), a URL on this machine or a private network is refused. */
export function assertDeliverableUrl(url: string, allowPrivateUrls: boolean): void {
  if (allowPrivateUrls || !isPrivateHost(new URL(url).hostname)) return;
  throw new AppError('parameter_invalid', 'url: webhooks cannot be sent to a loopback or private network address', {
    field: 'url',
  });
}

/** The workspace's last numbered event: a new (or reactivated) subscription gets what comes after it. */
async function latestEventId(trx: Db, workspaceId: string): Promise<number> {
  const counter = await trx
    .selectFrom('event_counters')
    .select('last_event_id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(counter?.last_event_id ?? 0);
}

/** The dispatcher reads the workspace's events from its cursor; a first subscription starts it at the latest. */
async function ensureCursor(trx: Db, workspaceId: string, lastEventId: number): Promise<void> {
  await trx
    .insertInto('webhook_cursors')
    .values({ workspace_id: workspaceId, last_event_id: lastEventId })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .execute();
}

export function listSubscriptions(db: Db, workspaceId: string): Promise<SubscriptionRow[]> {
  return db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
}

export async function getSubscription(db: Db, workspaceId: string, id: number): Promise<SubscriptionRow> {
  const row = await db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw subscriptionNotFound();
  return row;
}

export function createSubscription(
  db: Db,
  workspaceId: string,
  createdBy: number,
  input: CreateWebhookSubscriptionRequest,
): Promise<SubscriptionRow> {
  return withTransaction(db, async (trx) => {
    const startsAfter = await latestEventId(trx, workspaceId);
    await ensureCursor(trx, workspaceId, startsAfter);
    return trx
      .insertInto('webhook_subscriptions')
      .values({
        workspace_id: workspaceId,
        url: input.url,
        topics: input.topics,
        secret: randomSecret(),
        active: input.active ?? true,
        starts_after_event_id: startsAfter,
        created_by: createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export function updateSubscription(
  db: Db,
  workspaceId: string,
  id: number,
  input: UpdateWebhookSubscriptionRequest,
): Promise<SubscriptionRow> {
  return withTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom('webhook_subscriptions')
      .select('active')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw subscriptionNotFound();
    // A paused subscription missed what happened meanwhile; turned back on, it gets what comes next.
    const isResumed = input.active === true && !current.active;
    const startsAfter = isResumed ? await latestEventId(trx, workspaceId) : undefined;
    if (startsAfter !== undefined) await ensureCursor(trx, workspaceId, startsAfter);
    return trx
      .updateTable('webhook_subscriptions')
      .set({
        ...(input.url === undefined ? {} : { url: input.url }),
        ...(input.topics === undefined ? {} : { topics: input.topics }),
        ...(input.active === undefined ? {} : { active: input.active }),
        ...(startsAfter === undefined ? {} : { starts_after_event_id: startsAfter }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export async function rotateSubscriptionSecret(db: Db, workspaceId: string, id: number): Promise<SubscriptionRow> {
  const row = await db
    .updateTable('webhook_subscriptions')
    .set({ secret: randomSecret(), updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw subscriptionNotFound();
  return row;
}

/** Its deliveries and their log go with it. */
export async function deleteSubscription(db: Db, workspaceId: string, id: number): Promise<void> {
  const deleted = await db
    .deleteFrom('webhook_subscriptions')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw subscriptionNotFound();
}
