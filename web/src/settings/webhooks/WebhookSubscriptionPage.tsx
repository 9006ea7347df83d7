import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { WebhookSubscription } from '../../../../protocol/webhooks.ts';
import { api } from '../../api.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SecretField } from '../../components/SecretField.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSignedIn } from '../../session/context.ts';
import { SectionHeading } from '../SectionHeading.tsx';
import { DeliveryLog } from './DeliveryLog.tsx';
import { SendTestCard } from './SendTestCard.tsx';
import { SubscriptionForm } from './SubscriptionForm.tsx';

/** `/settings/webhooks/:id`: one subscription — its endpoint and topics, secret, a test, and the delivery log. */
export function WebhookSubscriptionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  useDocumentTitle(t('webhooks.title'));
  const back = (
    <Link href="/settings/webhooks" className="back-link">
      <span aria-hidden="true">← </span>
      {t('webhooks.back')}
    </Link>
  );
  if (me.role !== 'admin') {
    return (
      <SectionHeading title={t('webhooks.title')}>
        <p className="note">{t('webhooks.adminsOnly')}</p>
      </SectionHeading>
    );
  }
  return (
    <>
      {back}
      <Subscription id={id} />
    </>
  );
}

function Subscription({ id }: { id: string }) {
  const loadSubscription = useCallback(() => api.getWebhookSubscription(id), [id]);
  const subscription = useResource(loadSubscription);
  if (!subscription.data) {
    return (
      <>
        <ErrorAlert error={subscription.error} />
        {subscription.error ? null : <Loading />}
      </>
    );
  }
  return <SubscriptionDetails subscription={subscription.data} onChange={subscription.replace} />;
}

interface SubscriptionDetailsProps {
  subscription: WebhookSubscription;
  onChange: (subscription: WebhookSubscription) => void;
}

function SubscriptionDetails({ subscription, onChange }: SubscriptionDetailsProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [isRotated, setIsRotated] = useState(false);
  const rotation = useAction();
  const removal = useAction();
  const loadDeliveries = useCallback(() => api.listWebhookDeliveries(subscription.id), [subscription.id]);
  const deliveries = useResource(loadDeliveries);
  const { url } = subscription;

  return (
    <div className="webhook-page">
      <SectionHeading title={url}>
        <p className="muted">
          <span className={subscription.active ? 'badge is-active' : 'badge is-away'}>
            {subscription.active ? t('webhooks.active') : t('webhooks.paused')}
          </span>
        </p>
      </SectionHeading>
      <div className="webhook-columns">
        <section aria-labelledby="webhook-edit-title" className="card">
          <h3 id="webhook-edit-title">{t('webhooks.editTitle')}</h3>
          <SubscriptionForm
            idPrefix={`webhook-${subscription.id}`}
            initial={{ url, topics: subscription.topics, active: subscription.active }}
            submitLabel={t('common.save')}
            savedMessage={t('webhooks.saved')}
            onSubmit={async (fields) => onChange(await api.updateWebhookSubscription(subscription.id, fields))}
          />
        </section>
        <div>
          <section aria-labelledby="webhook-secret-title" className="card stack">
            <h3 id="webhook-secret-title">{t('webhooks.signaturesTitle')}</h3>
            <SecretField
              labels={{
                label: t('webhooks.secret'),
                show: t('webhooks.showSecret'),
                hide: t('webhooks.hideSecret'),
                rotate: t('webhooks.rotateSecret'),
                rotateLong: t('webhooks.rotateSecretLong'),
                hint: t('webhooks.secretHint'),
              }}
              value={subscription.secret}
              isRotating={rotation.isBusy}
              onRotate={() =>
                rotation.run(async () => {
                  onChange(await api.rotateWebhookSecret(subscription.id));
                  setIsRotated(true);
                })
              }
            />
            <div role="status">{isRotated ? <p className="note">{t('webhooks.secretRotated')}</p> : null}</div>
            <ErrorAlert error={rotation.error} />
          </section>
          <SendTestCard subscriptionId={subscription.id} onSent={deliveries.reload} />
        </div>
      </div>
      <DeliveryLog subscriptionId={subscription.id} deliveries={deliveries} />
      <div className="form-actions webhook-delete">
        <ConfirmButton
          label={t('webhooks.delete')}
          ariaLabel={t('webhooks.deleteNamed', { url })}
          isDisabled={removal.isBusy}
          onConfirm={() =>
            removal.run(async () => {
              await api.deleteWebhookSubscription(subscription.id);
              navigate('/settings/webhooks');
            })
          }
        />
      </div>
      <ErrorAlert error={removal.error} />
    </div>
  );
}
