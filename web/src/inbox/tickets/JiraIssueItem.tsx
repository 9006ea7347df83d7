import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JiraIssueLink, Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { isPlaceholderKey } from './jiraKey.ts';

interface JiraIssueItemProps {
  ticketId: string;
  issue: JiraIssueLink;
  onChanged: (ticket: Ticket) => void;
}

/** A linked Jira issue: its key (opens Jira in a new tab), status and summary; a failed sync offers a retry. */
export function JiraIssueItem({ ticketId, issue, onChanged }: JiraIssueItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const { run, isBusy, error } = useAction();
  const change = (work: () => Promise<Ticket>) => run(async () => onChanged(await work()));
  const problem = issue.error ?? t('tickets.jira.unknownError');
  const name = isPlaceholderKey(issue.key) ? t('tickets.jira.newIssue') : issue.key;

  return (
    <li className={`jira-issue is-${issue.sync_state}`}>
      <div className="jira-issue-top">
        {issue.url && !isPlaceholderKey(issue.key) ? (
          <a className="jira-key" href={issue.url} target="_blank" rel="noopener noreferrer">
            {issue.key}
            <span className="visually-hidden"> {t('tickets.jira.newTab')}</span>
          </a>
        ) : (
          <span className="jira-key">{name}</span>
        )}
        <span className={`badge jira-status is-${issue.status_category ?? 'none'}`}>
          {issue.status ?? t('tickets.jira.noStatus')}
        </span>
      </div>
      {issue.summary ? <p className="jira-summary">{issue.summary}</p> : null}
      {issue.sync_state === 'pending' ? <p className="hint">{t('tickets.jira.pending')}</p> : null}
      {issue.sync_state === 'failed' ? (
        <div className="jira-failure">
          <button
            type="button"
            className="button small jira-retry"
            title={problem}
            aria-describedby={`${id}-error`}
            disabled={isBusy}
            onClick={() => void change(() => api.retryJiraIssue(ticketId, issue.key))}
          >
            <span aria-hidden="true">⚠ </span>
            {t('tickets.jira.failed')}
            <span className="visually-hidden"> ({name})</span>
          </button>
          <details className="jira-error">
            <summary>{t('tickets.jira.whyFailed')}</summary>
            <p id={`${id}-error`}>{problem}</p>
          </details>
        </div>
      ) : null}
      <ErrorAlert error={error} />
      <ConfirmButton
        label={t('tickets.jira.unlink')}
        ariaLabel={t('tickets.jira.unlinkNamed', { key: name })}
        isDisabled={isBusy}
        onConfirm={() => void change(() => api.unlinkJiraIssue(ticketId, issue.key))}
      />
    </li>
  );
}
