import type { Selectable } from 'kysely';
import {
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookSubscription,
  type WebhookTopic,
  ZWebhookTopicSchema,
} from '../../../protocol/webhooks.ts';
import type {
  WebhookDeliveriesTable,
  WebhookDeliveryAttemptsTable,
  WebhookSubscriptionsTable,
} from '../../db/schema-webhooks.ts';
import { unixSeconds, unixSecondsOrNull } from '../../lib/time.ts';

export type SubscriptionRow = Selectable<WebhookSubscriptionsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;
export type AttemptRow = Selectable<WebhookDeliveryAttemptsTable>;

const isKnownTopic = (topic: string): topic is WebhookTopic => ZWebhookTopicSchema.safeParse(topic).success;

export function presentSubscription(row: SubscriptionRow): WebhookSubscription {
  return {
    type: 'webhook_subscription',
    id: String(row.id),
    url: row.url,
    topics: row.topics.filter(isKnownTopic),
    active: row.active,
    secret: row.secret,
    created_at: unixSeconds(row.created_at),
    updated_at: unixSeconds(row.updated_at),
  };
}

function presentAttempt(row: AttemptRow): WebhookAttempt {
  return {
    attempt: row.attempt,
    sent_at: unixSeconds(row.sent_at),
    duration_ms: row.duration_ms,
    response_status: row.response_status,
    response_body: row.response_body,
    error: row.error,
  };
}

export function presentDelivery(row: DeliveryRow, attempts: AttemptRow[]): WebhookDelivery {
  return {
    type: 'webhook_delivery',
    id: String(row.id),
    subscription_id: String(row.subscription_id),
    notification_id: row.notification_id,
    topic: row.topic,
    event_id: row.event_id,
    status: row.status,
    attempts: row.attempts,
    response_status: row.response_status,
    response_body: row.response_body,
    error: row.error,
    request_body: row.request_body,
    created_at: unixSeconds(row.created_at),
    first_sent_at: unixSecondsOrNull(row.first_sent_at),
    last_attempt_at: unixSecondsOrNull(row.last_attempt_at),
    delivered_at: unixSecondsOrNull(row.delivered_at),
    attempt_log: attempts.map(presentAttempt),
  };
}
