import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useFieldSave } from './useFieldSave.ts';

interface SharedWithCustomerSwitchProps {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/** Whether the customer can follow this customer ticket (its state, description and public replies). */
export function SharedWithCustomerSwitch({ ticket, onChanged }: SharedWithCustomerSwitchProps) {
  const { t } = useTranslation();
  const id = useId();
  const saving = useFieldSave();
  return (
    <div className="details-field">
      <label className="switch">
        <input
          type="checkbox"
          checked={ticket.is_shared}
          aria-describedby={`${id}-hint`}
          onChange={(event) =>
            void saving.save(async () =>
              onChanged(await api.updateTicket(ticket.id, { is_shared: event.target.checked })),
            )
          }
        />
        {t('tickets.panel.shared')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('tickets.panel.sharedHint')}
      </p>
      <SaveStatus state={saving} />
    </div>
  );
}
