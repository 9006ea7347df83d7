import { useTranslation } from 'react-i18next';
import type { JiraTestResult } from '../../../../protocol/jira.ts';

/** What to check, by the HTTP status in Jira's refusal. */
function hintKey(error: string) {
  if (/\b401\b/.test(error)) return 'jira.test.hint401' as const;
  if (/\b404\b/.test(error)) return 'jira.test.hint404' as const;
  return 'jira.test.hintOther' as const;
}

/** "Connected as … · project …", or Jira's reason and what to check. Always in the page, so it is read out. */
export function TestResult({ result }: { result: JiraTestResult | undefined }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="test-result">
      {result?.ok === true ? (
        <p className="test-ok">
          {t('jira.test.ok', {
            account: result.account.display_name ?? result.account.account_id,
            key: result.project.key,
            name: result.project.name,
          })}
        </p>
      ) : null}
      {result?.ok === false ? (
        <div className="test-failed">
          <p>{t('jira.test.failed', { error: result.error })}</p>
          <p className="hint">{t(hintKey(result.error))}</p>
        </div>
      ) : null}
    </div>
  );
}
