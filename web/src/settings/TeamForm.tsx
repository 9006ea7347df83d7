import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admin } from '../../../protocol/admins.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';

interface TeamFormProps {
  idPrefix: string;
  teammates: Admin[];
  initial?: { name: string; admin_ids: number[] };
  submitLabel: string;
  onSubmit: (body: { name: string; admin_ids: number[] }) => Promise<unknown>;
  onSaved: () => void;
  onCancel?: () => void;
}

/** A team's name and its members, chosen with one checkbox per teammate. */
export function TeamForm({ idPrefix, teammates, initial, submitLabel, onSubmit, onSaved, onCancel }: TeamFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [memberIds, setMemberIds] = useState(() => new Set(initial?.admin_ids ?? []));
  const { run, isBusy, error } = useAction();

  function toggle(id: number) {
    setMemberIds((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    run(async () => {
      await onSubmit({ name, admin_ids: [...memberIds] });
      if (!initial) {
        setName('');
        setMemberIds(new Set());
      }
      onSaved();
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      <div className="field short">
        <label htmlFor={`${idPrefix}-name`}>{t('teams.name')}</label>
        <input id={`${idPrefix}-name`} required value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('teams.members')}</legend>
        {teammates.map((teammate) => (
          <label key={teammate.id} className="checkbox">
            <input
              type="checkbox"
              checked={memberIds.has(Number(teammate.id))}
              onChange={() => toggle(Number(teammate.id))}
            />
            {teammate.name}
          </label>
        ))}
      </fieldset>
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
