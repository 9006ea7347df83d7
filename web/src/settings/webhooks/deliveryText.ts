import type { TFunction } from 'i18next';
import type { WebhookAttempt, WebhookDelivery } from '../../../../protocol/webhooks.ts';

/** What came back, in a few words: "HTTP 500", or the connection error, or "No response". */
export function answerOf(t: TFunction, result: Pick<WebhookAttempt, 'response_status' | 'error'>): string {
  if (result.response_status !== null) return `HTTP ${result.response_status}`;
  return result.error ?? t('webhooks.noResponse');
}

/** Still moving: the log refreshes itself while a delivery is in one of these states. */
export const isInFlight = (delivery: WebhookDelivery) =>
  delivery.status === 'pending' || delivery.status === 'retrying';
