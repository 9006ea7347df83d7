import { useTranslation } from 'react-i18next';
import type { TicketStateCategory } from '../../../../protocol/tickets.ts';
import { TicketIcon } from './TicketIcon.tsx';
import { TicketStateBadge } from './TicketStateBadge.tsx';

/** In a list row: this conversation is a ticket, and where it stands ("Ticket In progress" to a screen reader). */
export function TicketRowMarker({ state }: { state: TicketStateCategory }) {
  const { t } = useTranslation();
  return (
    <span className="row-ticket">
      <TicketIcon />
      <span className="visually-hidden">{t('tickets.row.marker')}</span>
      <TicketStateBadge category={state} />
    </span>
  );
}
