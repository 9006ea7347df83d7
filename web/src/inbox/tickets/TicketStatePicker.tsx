import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { TicketStateBadge } from './TicketStateBadge.tsx';
import { useFieldSave } from './useFieldSave.ts';

interface TicketStatePickerProps {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/** Moves the ticket to another state (teammates' names), saying what the customer then sees. */
export function TicketStatePicker({ ticket, onChanged }: TicketStatePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const saving = useFieldSave();
  const current = ticket.ticket_state;
  const states = ticket.ticket_type.ticket_states.data;

  function audience(): string {
    if (ticket.category !== 'Customer') return t('tickets.panel.internalOnly');
    if (!ticket.is_shared) return t('tickets.panel.notShared');
    return t('tickets.panel.customerSees', { label: current.external_label });
  }

  return (
    <div className="field details-field ticket-state-picker">
      <span className="ticket-state-heading">
        <label htmlFor={id}>{t('tickets.panel.state')}</label>
        <TicketStateBadge category={current.category} label={current.internal_label} />
      </span>
      <select
        id={id}
        value={current.id}
        aria-describedby={`${id}-audience`}
        onChange={(event) =>
          void saving.save(async () =>
            onChanged(await api.updateTicket(ticket.id, { ticket_state_id: event.target.value })),
          )
        }
      >
        {states.map((state) => (
          <option key={state.id} value={state.id}>
            {state.internal_label}
          </option>
        ))}
      </select>
      <p id={`${id}-audience`} className="hint">
        {audience()}
      </p>
      <SaveStatus state={saving} />
    </div>
  );
}
