import { useTranslation } from 'react-i18next';
import type { WebhookDelivery } from '../../../../protocol/webhooks.ts';
import { useFormatDate } from '../../lib/useFormatDate.ts';
import { answerOf } from './deliveryText.ts';

function prettyJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** A delivery's disclosure: every attempt and its answer, the last response body, the signed payload. */
export function DeliveryDetails({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <details className="delivery-details">
      <summary>{t('webhooks.showDetails')}</summary>
      <div className="stack">
        {delivery.attempt_log.length > 0 ? (
          <ol className="plain-list delivery-attempts">
            {delivery.attempt_log.map((attempt) => (
              <li key={attempt.attempt}>
                {t('webhooks.attemptLine', {
                  attempt: attempt.attempt,
                  time: formatDate(attempt.sent_at),
                  answer: answerOf(t, attempt),
                  duration: attempt.duration_ms,
                })}
              </li>
            ))}
          </ol>
        ) : null}
        {delivery.error ? (
          <div>
            <p className="delivery-label">{t('webhooks.error')}</p>
            <p className="break">{delivery.error}</p>
          </div>
        ) : null}
        <div>
          <p className="delivery-label">{t('webhooks.responseBody')}</p>
          <pre className="code-block">{delivery.response_body || t('webhooks.noResponse')}</pre>
        </div>
        <div>
          <p className="delivery-label">{t('webhooks.signedPayload')}</p>
          <pre className="code-block">
            {delivery.request_body ? prettyJson(delivery.request_body) : t('webhooks.notSentYet')}
          </pre>
        </div>
      </div>
    </details>
  );
}
