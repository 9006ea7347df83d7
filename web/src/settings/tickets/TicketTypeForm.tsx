import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_CATEGORIES, type TicketCategory, type TicketType } from '../../../../protocol/tickets.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';

export interface TicketTypeValues {
  name: string;
  icon: string;
  description: string;
  category?: TicketCategory;
}

interface TicketTypeFormProps {
  /** Editing: the type as it is (its category stays: its tickets were made for it). */
  initial?: TicketType;
  submitLabel: string;
  onSubmit: (values: TicketTypeValues) => Promise<unknown>;
  onSaved: () => void;
  onCancel?: () => void;
}

/** A ticket type's name, icon and description; a new one also picks its category. */
export function TicketTypeForm({ initial, submitLabel, onSubmit, onSaved, onCancel }: TicketTypeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(initial?.name ?? '');
  const [icon, setIcon] = useState(initial?.icon ?? '🎫');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [category, setCategory] = useState<TicketCategory>('Customer');
  const { run, isBusy, error } = useAction();

  useEffect(() => {
    if (initial) nameInput.current?.focus();
  }, [initial]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await onSubmit({ name: name.trim(), icon: icon.trim() || '🎫', description, ...(initial ? {} : { category }) });
      if (!initial) {
        setName('');
        setDescription('');
      }
      onSaved();
    });
  }

  return (
    <form onSubmit={submit} className="stack ticket-type-form">
      <div className="ticket-type-form-row">
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('tickets.settings.name')}</label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            required
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field ticket-icon-field">
          <label htmlFor={`${id}-icon`}>{t('tickets.settings.icon')}</label>
          <input
            id={`${id}-icon`}
            maxLength={16}
            value={icon}
            aria-describedby={`${id}-icon-hint`}
            onChange={(e) => setIcon(e.target.value)}
          />
          <p id={`${id}-icon-hint`} className="hint">
            {t('tickets.settings.iconHint')}
          </p>
        </div>
      </div>
      {initial ? null : (
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('tickets.settings.category')}</label>
          <select
            id={`${id}-category`}
            value={category}
            aria-describedby={`${id}-category-hint`}
            onChange={(e) => setCategory(e.target.value as TicketCategory)}
          >
            {TICKET_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`tickets.categories.${value}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-category-hint`} className="hint">
            {t(`tickets.categoryHints.${category}`)}
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('tickets.settings.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          maxLength={1000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
