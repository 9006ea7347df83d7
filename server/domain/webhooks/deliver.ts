import { PING_TOPIC } from '../../../protocol/webhooks.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/index.ts';
import type { WebhookDeliveryStatus } from '../../db/schema-webhooks.ts';
import { notificationBody, signatureHeaders } from './notification.ts';
import { type PostResult, postJson } from './post.ts';

export interface DeliveryJob {
  workspaceId: string;
  deliveryId: number;
  /** pg-boss's last attempt for this job: a failure now is final. */
  isLastAttempt: boolean;
}

/** Thrown on a failed attempt, so the job queue retries it with backoff. */
export class DeliveryFailedError extends Error {
  override name = 'DeliveryFailedError';
}

const isSuccess = (result: PostResult) => result.status !== null && result.status >= 200 && result.status < 300;

async function loadTarget(db: Db, workspaceId: string, deliveryId: number) {
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', (join) =>
      join.onRef('s.workspace_id', '=', 'd.workspace_id').onRef('s.id', '=', 'd.subscription_id'),
    )
    .select([
      'd.notification_id',
      'd.topic',
      'd.item',
      'd.status',
      'd.attempts',
      'd.created_at',
      'd.first_sent_at',
      's.url',
      's.secret',
      's.active',
    ])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();
}

async function recordAttempt(
  db: Db,
  job: DeliveryJob,
  attempt: { number: number; sentAt: Date; body: string | null; result: PostResult; status: WebhookDeliveryStatus },
): Promise<void> {
  const { result } = attempt;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('webhook_delivery_attempts')
      .values({
        workspace_id: job.workspaceId,
        delivery_id: job.deliveryId,
        attempt: attempt.number,
        sent_at: attempt.sentAt,
        duration_ms: result.durationMs,
        response_status: result.status,
        response_body: result.body,
        error: result.error,
      })
      .execute();
    await trx
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        status: attempt.status,
        attempts: attempt.number,
        ...(attempt.body === null ? {} : { request_body: attempt.body }),
        response_status: result.status,
        response_body: result.body,
        error: result.error,
        first_sent_at: eb.fn.coalesce('first_sent_at', eb.val(attempt.sentAt)),
        last_attempt_at: attempt.sentAt,
        delivered_at: attempt.status === 'delivered' ? attempt.sentAt : null,
      }))
      .where('workspace_id', '=', job.workspaceId)
      .where('id', '=', job.deliveryId)
      .execute();
  });
}

/**
 * One attempt of one delivery (the `webhooks.deliver` job): sign, POST, log the answer. A non-2xx answer, a
 * timeout or no connection throws, and the queue retries with backoff; after the last attempt it is `failed`.
 */
export async function deliverWebhook(context: { db: Db; config: Config }, job: DeliveryJob): Promise<void> {
  const { db, config } = context;
  const target = await loadTarget(db, job.workspaceId, job.deliveryId);
  if (!target || target.status === 'delivered') return;
  const sentAt = new Date();
  const number = target.attempts + 1;
  if (!target.active && target.topic !== PING_TOPIC) {
    const result = { status: null, body: null, error: 'Not sent: the subscription is paused', durationMs: 0 };
    await recordAttempt(db, job, { number, sentAt, body: null, result, status: 'failed' });
    return;
  }
  const body = notificationBody({
    appId: job.workspaceId,
    notificationId: target.notification_id,
    topic: target.topic,
    item: target.item,
    createdAt: target.created_at,
    firstSentAt: target.first_sent_at ?? sentAt,
    attempt: number,
  });
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': 'Charla-Webhooks/1.0',
    'x-charla-topic': target.topic,
    'x-charla-delivery': target.notification_id,
    ...signatureHeaders(target.secret, body),
  };
  const result = await postJson(target.url, body, headers, {
    timeoutMs: config.webhooks.timeoutMs,
    allowPrivateUrls: config.webhooks.allowPrivateUrls,
  });
  const isDelivered = isSuccess(result);
  const status = isDelivered ? 'delivered' : job.isLastAttempt ? 'failed' : 'retrying';
  await recordAttempt(db, job, { number, sentAt, body, result, status });
  if (!isDelivered) {
    throw new DeliveryFailedError(result.error ?? `The receiver answered HTTP ${result.status}`);
  }
}
