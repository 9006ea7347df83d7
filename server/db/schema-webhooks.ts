import type { ColumnType, Generated } from 'kysely';

/** Row types of the webhook tables (migration 20261203020000_webhooks.sql). Keep in step with the SQL. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | undefined, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
type JsonObject = ColumnType<Record<string, unknown>, string, string>;

export type WebhookDeliveryStatus = 'pending' | 'retrying' | 'delivered' | 'failed';

export interface WebhookSubscriptionsTable {
  workspace_id: string;
  id: Generated<number>;
  url: string;
  topics: string[];
  secret: string;
  active: Generated<boolean>;
  starts_after_event_id: Generated<number>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WebhookCursorsTable {
  workspace_id: string;
  last_event_id: number;
  updated_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  workspace_id: string;
  id: Generated<number>;
  subscription_id: number;
  notification_id: string;
  topic: string;
  event_id: number | null;
  item: JsonObject;
  status: Generated<WebhookDeliveryStatus>;
  attempts: Generated<number>;
  request_body: string | null;
  response_status: number | null;
  response_body: string | null;
  error: string | null;
  created_at: CreatedAt;
  first_sent_at: NullableTimestamp;
  last_attempt_at: NullableTimestamp;
  delivered_at: NullableTimestamp;
}

export interface WebhookDeliveryAttemptsTable {
  workspace_id: string;
  delivery_id: number;
  attempt: number;
  sent_at: Date;
  duration_ms: number;
  response_status: number | null;
  response_body: string | null;
  error: string | null;
}

export interface WebhookTables {
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_cursors: WebhookCursorsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
}
