import type { Language } from '../../../protocol/common.ts';
import type { CustomerTicketSummary } from '../../../protocol/customer-tickets.ts';
import { openTicket } from '../core/tickets.ts';
import { relativeTime, type Translate } from '../i18n/index.ts';
import { ChevronIcon } from './Icons.tsx';
import { StateBadge } from './StateBadge.tsx';

/** One ticket: its title, state, number, when it last moved, and whether that is news to the customer. */
export function TicketRow({
  ticket,
  language,
  t,
}: {
  ticket: CustomerTicketSummary;
  language: Language;
  t: Translate;
}) {
  const isUnread = ticket.unread_count > 0;
  return (
    <li>
      <button
        type="button"
        class={isUnread ? 'conversation-row ticket-row is-unread' : 'conversation-row ticket-row'}
        onClick={() => openTicket(ticket.id)}
      >
        <span class="row-main">
          <span class="row-top">
            <span class="row-name">{ticket.title}</span>
            <span class="row-time">{relativeTime(language, ticket.updated_at)}</span>
          </span>
          <span class="ticket-row-meta">
            <StateBadge state={ticket.state} />
            <span>{t('ticket.number', { number: ticket.ticket_number })}</span>
          </span>
        </span>
        {isUnread && (
          <span class="unread-dot">
            <span class="sr-only">{t('tickets.newActivity')}</span>
          </span>
        )}
        <ChevronIcon />
      </button>
    </li>
  );
}
