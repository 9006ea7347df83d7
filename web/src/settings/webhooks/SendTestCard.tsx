import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery } from '../../../../protocol/webhooks.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { answerOf } from './deliveryText.ts';

const POLL_MS = 700;

function useTestResult(sent: WebhookDelivery | undefined, onChange: () => void): WebhookDelivery | undefined {
  const [latest, setLatest] = useState(sent);
  useEffect(() => setLatest(sent), [sent]);
  useEffect(() => {
    if (latest?.status !== 'pending') return;
    const timer = setTimeout(() => {
      api.getWebhookDelivery(latest.id).then((read) => {
        setLatest(read);
        if (read.status !== 'pending') onChange();
      }, onChange);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [latest, onChange]);
  return latest;
}

/** "Send test": a ping through the real delivery path, and what the endpoint answered. */
export function SendTestCard({ subscriptionId, onSent }: { subscriptionId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const { run, isBusy, error } = useAction();
  const [sent, setSent] = useState<WebhookDelivery>();
  const result = useTestResult(sent, onSent);

  function message(delivery: WebhookDelivery): string {
    switch (delivery.status) {
      case 'pending':
        return t('webhooks.testSending');
      case 'delivered':
        return t('webhooks.testDelivered', { status: delivery.response_status });
      case 'retrying':
        return t('webhooks.testRetrying', { answer: answerOf(t, delivery) });
      case 'failed':
        return t('webhooks.testFailed', { answer: answerOf(t, delivery) });
    }
  }

  return (
    <section className="card stack" aria-labelledby="webhook-test-title">
      <div>
        <h3 id="webhook-test-title">{t('webhooks.testTitle')}</h3>
        <p className="muted">{t('webhooks.testIntro')}</p>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button secondary"
          disabled={isBusy || result?.status === 'pending'}
          onClick={() =>
            run(async () => {
              setSent(await api.sendWebhookTest(subscriptionId));
              onSent();
            })
          }
        >
          {t('webhooks.sendTest')}
        </button>
        <p role="status" className={`test-result is-${result?.status ?? 'idle'}`}>
          {result ? message(result) : null}
        </p>
      </div>
      <ErrorAlert error={error} />
    </section>
  );
}
