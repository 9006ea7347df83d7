import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormField } from '../components/FormField.tsx';
import { useAction } from '../lib/useAction.ts';

interface SavedReplyFields {
  name: string;
  body: string;
}

interface SavedReplyFormProps {
  idPrefix: string;
  initial?: SavedReplyFields;
  submitLabel: string;
  onSubmit: (fields: SavedReplyFields) => Promise<unknown>;
  onSaved: () => void;
  onCancel?: () => void;
}

/** A saved reply's name and text; a new one's form empties itself once saved. */
export function SavedReplyForm({ idPrefix, initial, submitLabel, onSubmit, onSaved, onCancel }: SavedReplyFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const { run, isBusy, error } = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    run(async () => {
      await onSubmit({ name, body });
      if (!initial) {
        setName('');
        setBody('');
      }
      onSaved();
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      <FormField label={t('savedReplies.name')} id={`${idPrefix}-name`} className="short" isRequired>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField label={t('savedReplies.body')} id={`${idPrefix}-body`} isRequired>
        {(control) => <textarea {...control} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
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
