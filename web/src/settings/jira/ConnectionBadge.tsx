import { useTranslation } from 'react-i18next';
import type { JiraSettings, JiraTestResult } from '../../../../protocol/jira.ts';

type ConnectionState = 'connected' | 'untested' | 'failed' | 'notConnected';

/**
 * What this page last learnt wins: a test's answer, or "untested" after a save. Otherwise the server's word:
 * a known Jira account means Charla has reached Jira with the saved site and email.
 */
export function connectionState(
  settings: JiraSettings,
  lastTest: JiraTestResult | 'saved' | undefined,
): ConnectionState {
  if (!settings.configured) return 'notConnected';
  if (lastTest === 'saved') return 'untested';
  if (lastTest) return lastTest.ok ? 'connected' : 'failed';
  return settings.account_id ? 'connected' : 'untested';
}

export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <span className="badge connection-badge" data-state={state}>
      {t(`jira.badge.${state}`)}
    </span>
  );
}
