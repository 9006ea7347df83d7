import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { JiraIssueItem } from './JiraIssueItem.tsx';
import { JiraLinkForm } from './JiraLinkForm.tsx';
import { useJiraConfigured } from './useJiraConfigured.ts';

interface JiraIssuesProps {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/** The ticket's Jira issues, and ways to add one; nothing at all while the workspace has no Jira. */
export function JiraIssues({ ticket, onChanged }: JiraIssuesProps) {
  const { t } = useTranslation();
  const isConfigured = useJiraConfigured();
  if (!isConfigured && ticket.jira_issues.length === 0) return null;
  const titleId = `ticket-jira-${ticket.id}`;
  return (
    <section className="ticket-jira" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('tickets.jira.title')}</h4>
      {ticket.jira_issues.length === 0 ? (
        <p className="hint">{t('tickets.jira.empty')}</p>
      ) : (
        <ul className="jira-issues">
          {ticket.jira_issues.map((issue) => (
            <JiraIssueItem key={issue.key} ticketId={ticket.id} issue={issue} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {isConfigured ? <JiraLinkForm ticket={ticket} onChanged={onChanged} /> : null}
    </section>
  );
}
