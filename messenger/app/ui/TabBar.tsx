import { navigate } from '../core/navigation.ts';
import type { Translate } from '../i18n/index.ts';
import { ChatIcon, HomeIcon, TicketIcon } from './Icons.tsx';

type Tab = 'home' | 'messages' | 'tickets';

/** Home, Messages and — once the customer has tickets — Tickets, at the bottom of each. */
export function TabBar({
  current,
  unread,
  ticketUnread,
  hasTickets,
  t,
}: {
  current: Tab;
  unread: number;
  ticketUnread: number;
  hasTickets: boolean;
  t: Translate;
}) {
  const tab = (name: Tab) => ({
    type: 'button' as const,
    class: 'tab',
    'aria-current': current === name ? ('page' as const) : undefined,
    onClick: () => navigate({ name }, { replace: true }),
  });
  return (
    <nav class="tabs" aria-label={t('nav.main')}>
      <button {...tab('home')}>
        <HomeIcon />
        <span>{t('nav.home')}</span>
      </button>
      <button {...tab('messages')}>
        <span class="tab-icon">
          <ChatIcon />
          {unread > 0 && (
            <span class="tab-badge" aria-hidden="true">
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </span>
        <span>
          {t('nav.messages')}
          {unread > 0 && <span class="sr-only">, {t('list.unreadCount', { count: unread })}</span>}
        </span>
      </button>
      {(hasTickets || current === 'tickets') && (
        <button {...tab('tickets')}>
          <span class="tab-icon">
            <TicketIcon />
            {ticketUnread > 0 && <span class="tab-dot" aria-hidden="true" />}
          </span>
          <span>
            {t('nav.tickets')}
            {ticketUnread > 0 && <span class="sr-only">, {t('tickets.newActivity')}</span>}
          </span>
        </button>
      )}
    </nav>
  );
}
