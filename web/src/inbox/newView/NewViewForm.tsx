import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { View, ViewSort } from '../../../../protocol/views.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useSignedIn } from '../../session/context.ts';
import { ViewConditionFields } from './ViewConditionFields.tsx';
import { EMPTY_CONDITIONS, toViewFilters } from './viewConditions.ts';

const SORTS: ViewSort[] = ['newest', 'oldest', 'waiting_longest'];

interface NewViewFormProps {
  onCreated: (view: View) => void;
  onCancel: () => void;
}

/** Names a saved filter, picks its conditions and sort, and (managers, admins) whether the team shares it. */
export function NewViewForm({ onCreated, onCancel }: NewViewFormProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const id = useId();
  const [name, setName] = useState('');
  const [isShared, setIsShared] = useState(false);
  const [sort, setSort] = useState<ViewSort>('newest');
  const [conditions, setConditions] = useState(EMPTY_CONDITIONS);
  const { run, isBusy, error } = useAction();
  const canShare = me.role === 'admin' || me.role === 'manager';

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const kind = canShare && isShared ? 'shared' : 'private';
      onCreated(await api.createView({ name, kind, sort, filters: toViewFilters(conditions) }));
    });
  }

  return (
    <form onSubmit={submit} className="stack new-view-form">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('newView.name')}</label>
        <input id={`${id}-name`} required maxLength={190} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {canShare ? (
        <label className="checkbox">
          <input type="checkbox" checked={isShared} onChange={(e) => setIsShared(e.target.checked)} />
          {t('newView.shared')}
        </label>
      ) : (
        <p className="hint">{t('newView.privateOnly')}</p>
      )}
      <ViewConditionFields conditions={conditions} onChange={setConditions} />
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t('list.sort')}</label>
        <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as ViewSort)}>
          {SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`sorts.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          {t('newView.create')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
