import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatus } from './SaveStatus.tsx';
import { useFieldSave } from './useFieldSave.ts';

interface TicketTextFieldProps {
  label: string;
  value: string;
  isMultiline?: boolean;
  /** Refused empty (the title), with this message. */
  emptyMessage?: string;
  onSave: (value: string) => Promise<unknown>;
}

/**
 * Text that saves itself: on leaving the field, or Enter (Ctrl+Enter in several lines); Esc puts back the saved
 * text. "Saving…" then "Saved" show under it.
 */
export function TicketTextField({ label, value, isMultiline = false, emptyMessage, onSave }: TicketTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [isEmpty, setIsEmpty] = useState(false);
  const saving = useFieldSave();

  const isEditing = useRef(false);

  // A change made elsewhere (another teammate, a reload) shows, unless the teammate is typing here.
  useEffect(() => {
    if (!isEditing.current) setDraft(value);
  }, [value]);

  function commit() {
    const text = draft.trim();
    if (text === value.trim()) return;
    if (text === '' && emptyMessage) {
      setIsEmpty(true);
      return;
    }
    setIsEmpty(false);
    void saving.save(() => onSave(text));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(value);
      setIsEmpty(false);
      return;
    }
    const saves = event.key === 'Enter' && (!isMultiline || event.ctrlKey || event.metaKey);
    if (!saves || event.nativeEvent.isComposing) return;
    event.preventDefault();
    commit();
  }

  const described = `${id}-hint${isEmpty ? ` ${id}-problem` : ''}`;
  const common = {
    id,
    value: draft,
    'aria-describedby': described,
    'aria-invalid': isEmpty || undefined,
    onFocus: () => {
      isEditing.current = true;
    },
    onBlur: () => {
      isEditing.current = false;
      commit();
    },
    onKeyDown,
  };
  return (
    <div className="field details-field ticket-text-field">
      <label htmlFor={id}>{label}</label>
      {isMultiline ? (
        <textarea {...common} rows={4} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input {...common} maxLength={255} onChange={(event) => setDraft(event.target.value)} />
      )}
      <p id={`${id}-hint`} className="visually-hidden">
        {isMultiline ? t('tickets.panel.descriptionHint') : t('tickets.panel.textHint')}
      </p>
      {isEmpty ? (
        <p id={`${id}-problem`} className="field-error">
          {emptyMessage}
        </p>
      ) : null}
      <SaveStatus state={saving} />
    </div>
  );
}
