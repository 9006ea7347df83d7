import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketType, TicketTypeAttribute } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';

type DataType = TicketTypeAttribute['data_type'];
const DATA_TYPES: readonly DataType[] = ['string', 'list', 'integer', 'decimal', 'boolean', 'datetime'];

interface NewAttributeFormProps {
  type: TicketType;
  onSaved: () => void;
  onCancel: () => void;
}

/** Adds an attribute to a ticket type: its name and kind of value (a list's items), required, seen by customers. */
export function NewAttributeForm({ type, onSaved, onCancel }: NewAttributeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [dataType, setDataType] = useState<DataType>('string');
  const [isMultiline, setIsMultiline] = useState(false);
  const [listItems, setListItems] = useState('');
  const [isListEmpty, setIsListEmpty] = useState(false);
  const [isRequired, setIsRequired] = useState(false);
  const [isVisible, setIsVisible] = useState(true);
  const { run, isBusy, error } = useAction();
  const isCustomerType = type.category === 'Customer';

  useEffect(() => nameInput.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const isEmptyList = dataType === 'list' && listItems.split(',').every((item) => item.trim() === '');
    setIsListEmpty(isEmptyList);
    if (isEmptyList) {
      document.getElementById(`${id}-items`)?.focus();
      return;
    }
    void run(async () => {
      await api.addTicketTypeAttribute(type.id, {
        name: name.trim(),
        data_type: dataType,
        required_to_create: isRequired,
        visible_to_contacts: isCustomerType && isVisible,
        ...(dataType === 'string' ? { multiline: isMultiline } : {}),
        ...(dataType === 'list' ? { list_items: listItems } : {}),
      });
      onSaved();
    });
  }

  return (
    <form className="stack new-attribute-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('tickets.settings.addAttributeTitle', { name: type.name })}</h4>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('tickets.settings.attributeName')}</label>
        <input
          id={`${id}-name`}
          ref={nameInput}
          required
          maxLength={190}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('tickets.settings.dataType')}</label>
        <select id={`${id}-type`} value={dataType} onChange={(e) => setDataType(e.target.value as DataType)}>
          {DATA_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`tickets.settings.dataTypes.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {dataType === 'string' ? (
        <label className="checkbox">
          <input type="checkbox" checked={isMultiline} onChange={(e) => setIsMultiline(e.target.checked)} />
          {t('tickets.settings.multiline')}
        </label>
      ) : null}
      {dataType === 'list' ? (
        <div className="field">
          <label htmlFor={`${id}-items`}>{t('tickets.settings.listItems')}</label>
          <input
            id={`${id}-items`}
            value={listItems}
            aria-invalid={isListEmpty || undefined}
            aria-describedby={`${id}-items-hint${isListEmpty ? ` ${id}-items-problem` : ''}`}
            onChange={(e) => setListItems(e.target.value)}
          />
          <p id={`${id}-items-hint`} className="hint">
            {t('tickets.settings.listItemsHint')}
          </p>
          {isListEmpty ? (
            <p id={`${id}-items-problem`} className="field-error">
              {t('tickets.settings.listItemsMissing')}
            </p>
          ) : null}
        </div>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={isRequired} onChange={(e) => setIsRequired(e.target.checked)} />
        {t('tickets.settings.required')}
      </label>
      {isCustomerType ? (
        <label className="checkbox">
          <input type="checkbox" checked={isVisible} onChange={(e) => setIsVisible(e.target.checked)} />
          {t('tickets.settings.visibleToCustomers')}
        </label>
      ) : null}
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={isBusy}>
          {t('tickets.settings.addAttribute')}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
