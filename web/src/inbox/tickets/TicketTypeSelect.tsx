import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketType } from '../../../../protocol/tickets.ts';

interface TicketTypeSelectProps {
  types: readonly TicketType[];
  value: string;
  onChange: (typeId: string) => void;
}

/** The kind of ticket, each with its icon; under it, what the chosen category means for the customer. */
export function TicketTypeSelect({ types, value, onChange }: TicketTypeSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const chosen = types.find((type) => type.id === value);
  const select = useRef<HTMLSelectElement>(null);

  // The create dialog opens before the types load: the keyboard goes to its first field once it is there.
  useEffect(() => select.current?.focus(), []);
  return (
    <div className="field">
      <label htmlFor={id}>{t('tickets.create.type')}</label>
      <select
        id={id}
        ref={select}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      >
        {types.map((type) => (
          <option key={type.id} value={type.id}>
            {`${type.icon} ${type.name}`}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {chosen
          ? `${t(`tickets.categories.${chosen.category}`)}: ${t(`tickets.categoryHints.${chosen.category}`)}`
          : ''}
      </p>
    </div>
  );
}
