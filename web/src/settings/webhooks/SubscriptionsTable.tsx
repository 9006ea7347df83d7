import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { WebhookSubscription } from '../../../../protocol/webhooks.ts';

/** The workspace's subscriptions: where each one posts, how many topics, whether it is on. */
export function SubscriptionsTable({ subscriptions }: { subscriptions: WebhookSubscription[] }) {
  const { t } = useTranslation();
  if (subscriptions.length === 0) return <p className="muted">{t('webhooks.empty')}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('webhooks.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('webhooks.endpoint')}</th>
            <th scope="col">{t('webhooks.topics')}</th>
            <th scope="col">{t('webhooks.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('webhooks.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {subscriptions.map((subscription) => (
            <tr key={subscription.id}>
              <th scope="row" className="mono break">
                {subscription.url}
              </th>
              <td>{t('webhooks.topicCount', { count: subscription.topics.length })}</td>
              <td>
                <span className={subscription.active ? 'badge is-active' : 'badge is-away'}>
                  {subscription.active ? t('webhooks.active') : t('webhooks.paused')}
                </span>
              </td>
              <td>
                <Link
                  href={`/settings/webhooks/${subscription.id}`}
                  className="button secondary small"
                  aria-label={t('webhooks.openNamed', { url: subscription.url })}
                >
                  {t('webhooks.open')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
