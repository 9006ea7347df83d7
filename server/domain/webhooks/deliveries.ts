import { sql } from 'kysely';
import type { WebhookDelivery, WebhookDeliveryList } from '../../../protocol/webhooks.ts';
import { PING_TOPIC } from '../../../protocol/webhooks.ts';
import type { Db } from '../../db/index.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { fetchKeysetPage } from '../search/pagination.ts';
import { newNotificationId } from './notification.ts';
import { type AttemptRow, type DeliveryRow, presentDelivery } from './presenter.ts';
import { getSubscription } from './subscriptions.ts';

export interface DeliveryContext {
  db: Db;
  jobs: Pick<Jobs, 'send'>;
}

const deliveryNotFound = () => notFound('not_found', 'Webhook delivery not found');

async function withAttempts(db: Db, workspaceId: string, rows: DeliveryRow[]): Promise<WebhookDelivery[]> {
  const ids = rows.map((row) => row.id);
  const attempts =
    ids.length === 0
      ? []
      : await db
          .selectFrom('webhook_delivery_attempts')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('delivery_id', 'in', ids)
          .orderBy('attempt')
          .execute();
  const byDelivery = Map.groupBy(attempts, (attempt: AttemptRow) => attempt.delivery_id);
  return rows.map((row) => presentDelivery(row, byDelivery.get(row.id) ?? []));
}

/** A subscription's delivery log, newest first, with every attempt of each delivery. */
export async function listDeliveries(
  db: Db,
  workspaceId: string,
  subscriptionId: number,
  page: { perPage: number; startingAfter?: string },
): Promise<WebhookDeliveryList> {
  await getSubscription(db, workspaceId, subscriptionId);
  const matching = db
    .selectFrom('webhook_deliveries')
    .where('workspace_id', '=', workspaceId)
    .where('subscription_id', '=', subscriptionId);
  const { rows, totalCount, pages } = await fetchKeysetPage<DeliveryRow>(
    matching,
    { timestamp: sql.ref('webhook_deliveries.created_at'), id: sql.ref('webhook_deliveries.id'), column: 'created_at' },
    page,
  );
  return { type: 'list', data: await withAttempts(db, workspaceId, rows), total_count: totalCount, pages };
}

export async function getDelivery(db: Db, workspaceId: string, id: number): Promise<WebhookDelivery> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw deliveryNotFound();
  const [delivery] = await withAttempts(db, workspaceId, [row]);
  return delivery as WebhookDelivery;
}

/**
 * "Send test": a `ping` notification to the subscription, through the same job as every delivery. Answers the
 * delivery as committed (`pending`): the job may well have sent it by the time the answer arrives.
 */
export function sendTestDelivery(
  context: DeliveryContext,
  workspaceId: string,
  subscriptionId: number,
): Promise<WebhookDelivery> {
  return context.db.transaction().execute(async (trx) => {
    await getSubscription(trx, workspaceId, subscriptionId);
    const { id } = await trx
      .insertInto('webhook_deliveries')
      .values({
        workspace_id: workspaceId,
        subscription_id: subscriptionId,
        notification_id: newNotificationId(),
        topic: PING_TOPIC,
        item: JSON.stringify({ type: 'ping', message: 'This is a test notification from Charla.' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await context.jobs.send('webhooks.deliver', { workspaceId, deliveryId: id }, { trx });
    return getDelivery(trx, workspaceId, id);
  });
}

/** Sends a failed delivery again, with a fresh round of attempts; anything else is a 409. Answers it `pending`. */
export function retryDelivery(context: DeliveryContext, workspaceId: string, id: number): Promise<WebhookDelivery> {
  return context.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('webhook_deliveries')
      .select('status')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw deliveryNotFound();
    if (row.status !== 'failed') {
      throw new AppError('conflict', `Only a failed delivery can be retried (it is ${row.status})`);
    }
    await trx
      .updateTable('webhook_deliveries')
      .set({ status: 'pending' })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    await context.jobs.send('webhooks.deliver', { workspaceId, deliveryId: id }, { trx });
    return getDelivery(trx, workspaceId, id);
  });
}
