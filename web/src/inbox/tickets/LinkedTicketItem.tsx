import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { isPlaceholderKey } from './jiraKey.ts';
import { TicketStateBadge } from './TicketStateBadge.tsx';

/** One ticket made from the conversation: its number and title (opens it), state, and Jira issues. */
export function LinkedTicketItem({ ticket, href }: { ticket: Ticket; href: string }) {
  const { t } = useTranslation();
  return (
    <li className="linked-ticket">
      <Link href={href} className="linked-ticket-link">
        <span className="ticket-number">{t('tickets.number', { number: ticket.ticket_number })}</span>{' '}
        <span className="linked-ticket-title">{ticket.title}</span>
      </Link>
      <span className="linked-ticket-meta">
        <span aria-hidden="true">{ticket.ticket_type.icon}</span>
        <TicketStateBadge category={ticket.ticket_state.category} label={ticket.ticket_state.internal_label} />
        {ticket.jira_issues.length > 0 ? (
          <span className="visually-hidden">{t('tickets.linked.jiraIssues')}:</span>
        ) : null}
        {ticket.jira_issues.map((issue) => (
          <span key={issue.key} className={`jira-chip is-${issue.sync_state}`}>
            {t('tickets.linked.jiraStatus', {
              key: isPlaceholderKey(issue.key) ? t('tickets.jira.newIssue') : issue.key,
              status:
                issue.sync_state === 'failed' ? t('tickets.jira.failed') : (issue.status ?? t('tickets.jira.noStatus')),
            })}
          </span>
        ))}
      </span>
    </li>
  );
}
