import { createHmac } from 'node:crypto';
import { unixSeconds } from '../../lib/time.ts';

export interface NotificationInput {
  /** The workspace id (Intercom's `app_id`). */
  appId: string;
  /** `notif_<uuid>`: the same on every attempt, so receivers can deduplicate. */
  notificationId: string;
  topic: string;
  item: Record<string, unknown>;
  createdAt: Date;
  firstSentAt: Date;
  attempt: number;
}

/** Intercom's notification envelope, as the raw body that is signed and sent. */
export function notificationBody(input: NotificationInput): string {
  return JSON.stringify({
    type: 'notification_event',
    app_id: input.appId,
    id: input.notificationId,
    topic: input.topic,
    data: { type: 'notification_event_data', item: input.item },
    links: {},
    delivery_status: 'pending',
    delivery_attempts: input.attempt,
    delivered_at: 0,
    first_sent_at: unixSeconds(input.firstSentAt),
    created_at: unixSeconds(input.createdAt),
    self: null,
  });
}

/**
 * Both signatures of the raw body: Intercom's `X-Hub-Signature` (HMAC-SHA1) for receivers written for Intercom,
 * and `X-Charla-Signature` (HMAC-SHA256), the one to check in new code.
 */
export function signatureHeaders(secret: string, body: string): Record<string, string> {
  return {
    'x-hub-signature': `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`,
    'x-charla-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  };
}

export const newNotificationId = () => `notif_${crypto.randomUUID()}`;
