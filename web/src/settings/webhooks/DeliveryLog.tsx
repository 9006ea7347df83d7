import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery, WebhookDeliveryList } from '../../../../protocol/webhooks.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useFormatDate } from '../../lib/useFormatDate.ts';
import type { Resource } from '../../lib/useResource.ts';
import { DeliveryDetails } from './DeliveryDetails.tsx';
import { isInFlight } from './deliveryText.ts';

/** While something is on its way, the log looks again this often. */
const REFRESH_MS = 1500;

interface DeliveryLogProps {
  subscriptionId: string;
  deliveries: Resource<WebhookDeliveryList>;
}

/** A subscription's deliveries, newest first: when, what, how it went, and a retry for the failed ones. */
export function DeliveryLog({ subscriptionId, deliveries }: DeliveryLogProps) {
  const { t } = useTranslation();
  const [older, setOlder] = useState<WebhookDeliveryList[]>([]);
  const more = useAction();
  const { data, reload } = deliveries;
  const isMoving = data?.data.some(isInFlight) ?? false;
  useEffect(() => {
    if (!isMoving) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [isMoving, reload]);

  const pages = data ? [data, ...older] : [];
  const rows = pages.flatMap((page) => page.data);
  const next = pages.at(-1)?.pages.next?.starting_after;
  return (
    <section aria-labelledby="webhook-log-title" className="webhook-log">
      <h3 id="webhook-log-title">{t('webhooks.logTitle')}</h3>
      <ErrorAlert error={deliveries.error} />
      {data === undefined ? <Loading /> : null}
      {data && rows.length === 0 ? <p className="muted">{t('webhooks.logEmpty')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="delivery-table">
            <caption className="visually-hidden">{t('webhooks.logCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.time')}</th>
                <th scope="col">{t('webhooks.topicColumn')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.response')}</th>
                <th scope="col">{t('webhooks.details')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((delivery) => (
                <DeliveryRow key={delivery.id} delivery={delivery} onRetried={reload} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ErrorAlert error={more.error} />
      {next ? (
        <button
          type="button"
          className="button secondary"
          disabled={more.isBusy}
          onClick={() =>
            more.run(async () => {
              const page = await api.listWebhookDeliveries(subscriptionId, next);
              setOlder((loaded) => [...loaded, page]);
            })
          }
        >
          {t('webhooks.olderDeliveries')}
        </button>
      ) : null}
    </section>
  );
}

function DeliveryRow({ delivery, onRetried }: { delivery: WebhookDelivery; onRetried: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { run, isBusy, error } = useAction();
  const time = formatDate(delivery.created_at);
  return (
    <tr className={`delivery-row is-${delivery.status}`}>
      <td data-label={t('webhooks.time')}>{time}</td>
      <td className="mono" data-label={t('webhooks.topicColumn')}>
        {delivery.topic}
      </td>
      <td data-label={t('webhooks.status')}>
        <div className="delivery-status">
          <span className={`badge delivery-badge is-${delivery.status}`}>
            {t(`webhooks.deliveryStatus.${delivery.status}`)}
          </span>
          {delivery.status === 'failed' ? (
            <button
              type="button"
              className="button secondary small"
              disabled={isBusy}
              aria-label={t('webhooks.retryNamed', { topic: delivery.topic, time })}
              onClick={() => run(() => api.retryWebhookDelivery(delivery.id).then(onRetried))}
            >
              {t('webhooks.retry')}
            </button>
          ) : null}
        </div>
        <ErrorAlert error={error} />
      </td>
      <td data-label={t('webhooks.attempts')}>{delivery.attempts}</td>
      <td className="mono" data-label={t('webhooks.response')}>
        {delivery.response_status ?? '—'}
      </td>
      <td>
        <DeliveryDetails delivery={delivery} />
      </td>
    </tr>
  );
}
