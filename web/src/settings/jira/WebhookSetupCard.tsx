import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JiraSettings } from '../../../../protocol/jira.ts';
import { api } from '../../api.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SecretField } from '../../components/SecretField.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useFormatDate } from '../../lib/useFormatDate.ts';

const STEPS = ['step1', 'step2', 'step3', 'step4'] as const;

interface WebhookSetupCardProps {
  settings: JiraSettings;
  onSettings: (settings: JiraSettings) => void;
}

/** The webhook Jira calls: its URL and secret, how to add it in Jira, and the reconciliation that backs it up. */
export function WebhookSetupCard({ settings, onSettings }: WebhookSetupCardProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const rotate = useAction();
  const [isRotated, setIsRotated] = useState(false);
  const secret = settings.webhook_secret;

  function rotateSecret() {
    setIsRotated(false);
    rotate.run(async () => {
      onSettings(await api.rotateJiraWebhookSecret());
      setIsRotated(true);
    });
  }

  return (
    <section className="card stack" aria-labelledby="jira-webhook-title">
      <div>
        <h3 id="jira-webhook-title">{t('jira.webhook.title')}</h3>
        <p className="muted">{t('jira.webhook.intro')}</p>
      </div>
      <CopyField label={t('jira.webhook.url')} value={settings.webhook_url} />
      {secret === null ? (
        <p className="hint">{t('jira.webhook.secretAdminsOnly')}</p>
      ) : (
        <div>
          <SecretField
            labels={{
              label: t('jira.webhook.secret'),
              show: t('jira.webhook.showSecret'),
              hide: t('jira.webhook.hideSecret'),
              rotate: t('jira.webhook.rotate'),
              rotateLong: t('jira.webhook.rotateLong'),
              hint: t('jira.webhook.secretHint'),
            }}
            value={secret}
            onRotate={rotateSecret}
            isRotating={rotate.isBusy}
          />
          <div role="status">{isRotated ? <p className="note">{t('jira.webhook.rotated')}</p> : null}</div>
          <ErrorAlert error={rotate.error} />
        </div>
      )}
      {secret === null ? null : (
        <div className="callout setup-callout">
          <p className="callout-title">{t('jira.webhook.stepsTitle')}</p>
          <ol className="setup-steps">
            {STEPS.map((step) => (
              <li key={step}>{t(`jira.webhook.${step}`)}</li>
            ))}
          </ol>
        </div>
      )}
      <div>
        <p>{t('jira.webhook.reconcile')}</p>
        <p className="hint">
          {settings.reconciled_until === null
            ? t('jira.webhook.notReconciled')
            : t('jira.webhook.lastReconciled', { time: formatDate(settings.reconciled_until) })}
        </p>
      </div>
    </section>
  );
}
