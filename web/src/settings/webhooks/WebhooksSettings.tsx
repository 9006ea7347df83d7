import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSignedIn } from '../../session/context.ts';
import { SectionHeading } from '../SectionHeading.tsx';
import { SubscriptionForm } from './SubscriptionForm.tsx';
import { SubscriptionsTable } from './SubscriptionsTable.tsx';

/** Settings → Webhooks (admins): the subscriptions, and a new one. Each opens on its own page with its log. */
export function WebhooksSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  useDocumentTitle(t('webhooks.title'));
  if (me.role !== 'admin') {
    return (
      <SectionHeading title={t('webhooks.title')}>
        <p className="note">{t('webhooks.adminsOnly')}</p>
      </SectionHeading>
    );
  }
  return <Subscriptions />;
}

function Subscriptions() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const subscriptions = useResource(api.listWebhookSubscriptions);
  return (
    <>
      <SectionHeading title={t('webhooks.title')}>
        <p className="muted">{t('webhooks.intro')}</p>
      </SectionHeading>
      <h3>{t('webhooks.listTitle')}</h3>
      <ErrorAlert error={subscriptions.error} />
      {subscriptions.data ? <SubscriptionsTable subscriptions={subscriptions.data.data} /> : <Loading />}
      <section aria-labelledby="new-webhook-title" className="card webhook-new">
        <h3 id="new-webhook-title">{t('webhooks.createTitle')}</h3>
        <SubscriptionForm
          idPrefix="new-webhook"
          submitLabel={t('webhooks.create')}
          savedMessage={t('webhooks.created')}
          onSubmit={async (fields) => {
            const created = await api.createWebhookSubscription(fields);
            navigate(`/settings/webhooks/${created.id}`);
          }}
        />
      </section>
    </>
  );
}
