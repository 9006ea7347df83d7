import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { useResource } from '../../lib/useResource.ts';
import { TICKET_STATE_CHOICES, type ViewConditions } from './viewConditions.ts';

const loadActiveTypes = () => api.listTicketTypes().then((list) => list.data.filter((type) => !type.archived));

interface TicketConditionFieldsProps {
  conditions: ViewConditions;
  onChange: (conditions: ViewConditions) => void;
}

/** A view of tickets: in which states (or "not a ticket"), and of which type; both "any" until narrowed. */
export function TicketConditionFields({ conditions, onChange }: TicketConditionFieldsProps) {
  const { t } = useTranslation();
  const typeId = useId();
  const types = useResource(loadActiveTypes).data ?? [];
  const { ticketStates } = conditions;
  const toggle = (state: (typeof TICKET_STATE_CHOICES)[number]) =>
    onChange({
      ...conditions,
      ticketStates: ticketStates.includes(state)
        ? ticketStates.filter((candidate) => candidate !== state)
        : [...ticketStates, state],
    });

  return (
    <>
      <fieldset className="checkbox-group inline">
        <legend>{t('tickets.views.ticketStates')}</legend>
        {TICKET_STATE_CHOICES.map((state) => (
          <label key={state} className="checkbox">
            <input type="checkbox" checked={ticketStates.includes(state)} onChange={() => toggle(state)} />
            {t(`tickets.states.${state}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={typeId}>{t('tickets.views.ticketType')}</label>
        <select
          id={typeId}
          value={conditions.ticketTypeId}
          onChange={(event) => onChange({ ...conditions, ticketTypeId: event.target.value })}
        >
          <option value="">{t('tickets.views.anyType')}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {`${type.icon} ${type.name}`}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
