import { useTranslation } from 'react-i18next';
import type { TicketStateCategory } from '../../../../protocol/tickets.ts';

interface TicketStateBadgeProps {
  category: TicketStateCategory;
  /** The workspace's own name for the state; the category's name when absent (e.g. in list rows). */
  label?: string;
}

/** Where a ticket stands, as a small coloured pill (colour by category, so it reads at a glance). */
export function TicketStateBadge({ category, label }: TicketStateBadgeProps) {
  const { t } = useTranslation();
  return <span className={`badge ticket-state is-${category}`}>{label ?? t(`tickets.states.${category}`)}</span>;
}
