import { totalUnread } from '../core/parts.ts';
import { ticketUnread } from '../core/ticket-state.ts';
import { ScreenHeader } from './Header.tsx';
import { TabBar } from './TabBar.tsx';
import { TicketRow } from './TicketRow.tsx';
import { useMessenger } from './useMessenger.ts';

/** The Tickets tab: the customer's tickets, latest activity first. */
export function TicketList() {
  const { state, t } = useMessenger();
  return (
    <div class="screen">
      <ScreenHeader title={t('tickets.title')} t={t} />
      <div class="screen-body">
        {state.ticketsLoaded && state.tickets.length === 0 && <p class="empty">{t('tickets.empty')}</p>}
        {!state.ticketsLoaded && <p class="empty">{t('state.loading')}</p>}
        <ul class="conversation-list" aria-label={t('tickets.label')}>
          {state.tickets.map((ticket) => (
            <TicketRow key={ticket.id} ticket={ticket} language={state.language} t={t} />
          ))}
        </ul>
      </div>
      <TabBar
        current="tickets"
        unread={totalUnread(state.conversations)}
        ticketUnread={ticketUnread(state.tickets)}
        hasTickets
        t={t}
      />
    </div>
  );
}
