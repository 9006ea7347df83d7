import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JiraTestResult } from '../../../../protocol/jira.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { TestResult } from './TestResult.tsx';

interface JiraSaveBarProps {
  isSaving: boolean;
  outcome: 'saved' | 'disconnected' | undefined;
  hasProblems: boolean;
  isConfigured: boolean;
  /** The form differs from what is saved: a test would not use it. */
  hasUnsavedChanges: boolean;
  testResult: JiraTestResult | undefined;
  onTestResult: (result: JiraTestResult | undefined) => void;
}

/** Save, and "Test connection" beside it once something is saved; what happened is read out under them. */
export function JiraSaveBar(props: JiraSaveBarProps) {
  const { isSaving, outcome, hasProblems, isConfigured, hasUnsavedChanges, testResult, onTestResult } = props;
  const { t } = useTranslation();
  const unsavedHintId = useId();
  const test = useAction();

  function runTest() {
    onTestResult(undefined);
    test.run(async () => onTestResult(await api.testJiraConnection()));
  }

  return (
    <div className="jira-save-bar">
      <div className="save-bar">
        <button type="submit" className="button primary" disabled={isSaving}>
          {isSaving ? t('common.saving') : t('common.save')}
        </button>
        {isConfigured ? (
          <button
            type="button"
            className="button secondary"
            disabled={test.isBusy}
            aria-describedby={hasUnsavedChanges ? unsavedHintId : undefined}
            onClick={runTest}
          >
            {test.isBusy ? t('jira.test.testing') : t('jira.test.button')}
          </button>
        ) : (
          <p className="hint">{t('jira.connection.firstSave')}</p>
        )}
        <p role="status" className="saved">
          {outcome === 'saved' ? t('common.saved') : outcome === 'disconnected' ? t('jira.disconnected') : null}
        </p>
        <p role="alert" className="field-error">
          {hasProblems ? t('jira.fixProblems') : null}
        </p>
      </div>
      {isConfigured && hasUnsavedChanges ? (
        <p id={unsavedHintId} className="hint">
          {t('jira.test.savedOnly')}
        </p>
      ) : null}
      <TestResult result={testResult} />
      <ErrorAlert error={test.error} />
    </div>
  );
}
