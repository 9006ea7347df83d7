import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { View, ViewSort } from '../../../../protocol/views.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useSignedIn } from '../../session/context.ts';
import { ViewConditionFields } from './ViewConditionFields.tsx';
import {
  type ConditionProblem,
  conditionProblems,
  EMPTY_CONDITIONS,
  fromViewFilters,
  toViewFilters,
  unformedFilters,
} from './viewConditions.ts';

const SORTS: ViewSort[] = ['newest', 'oldest', 'waiting_longest'];

interface NewViewFormProps {
  /** The saved view to edit; without it the form creates one. */
  view?: View;
  onSaved: (view: View) => void;
  onCancel: () => void;
}

/**
 * Names a saved filter, picks its conditions and sort, and (managers, admins, new views only) whether the team
 * shares it. Editing keeps the view's kind and any condition the form has no field for.
 */
export function NewViewForm({ view, onSaved, onCancel }: NewViewFormProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const id = useId();
  const [name, setName] = useState(view?.name ?? '');
  const [isShared, setIsShared] = useState(false);
  const [sort, setSort] = useState<ViewSort>(view?.sort ?? 'newest');
  const [conditions, setConditions] = useState(() => (view ? fromViewFilters(view.filters) : EMPTY_CONDITIONS));
  const [problems, setProblems] = useState<ConditionProblem[]>([]);
  const { run, isBusy, error } = useAction();
  const canShare = me.role === 'admin' || me.role === 'manager';

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = conditionProblems(conditions);
    setProblems(found);
    if (found.length > 0) return;
    void run(async () => {
      if (view) {
        const filters = { ...unformedFilters(view.filters), ...toViewFilters(conditions) };
        onSaved(await api.updateView(view.id, { name, sort, filters }));
        return;
      }
      const kind = canShare && isShared ? 'shared' : 'private';
      onSaved(await api.createView({ name, kind, sort, filters: toViewFilters(conditions) }));
    });
  }

  return (
    <form onSubmit={submit} className="stack new-view-form">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('newView.name')}</label>
        <input id={`${id}-name`} required maxLength={190} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <ShareChoice view={view} canShare={canShare} isShared={isShared} onChange={setIsShared} />
      <ViewConditionFields
        conditions={conditions}
        onChange={(next) => {
          setConditions(next);
          if (problems.length > 0) setProblems(conditionProblems(next));
        }}
      />
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
      <div role="alert" className="alert view-form-problems">
        {problems.map((problem) => (
          <p key={problem}>{t(`viewEditor.errors.${problem}`)}</p>
        ))}
      </div>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          {view ? t('common.save') : t('newView.create')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

interface ShareChoiceProps {
  view: View | undefined;
  canShare: boolean;
  isShared: boolean;
  onChange: (isShared: boolean) => void;
}

/** New views: shared or not (managers, admins); an edited view keeps its kind, which the form only names. */
function ShareChoice({ view, canShare, isShared, onChange }: ShareChoiceProps) {
  const { t } = useTranslation();
  if (view) {
    return <p className="hint">{view.kind === 'shared' ? t('viewEditor.sharedHint') : t('newView.privateOnly')}</p>;
  }
  if (!canShare) return <p className="hint">{t('newView.privateOnly')}</p>;
  return (
    <label className="checkbox">
      <input type="checkbox" checked={isShared} onChange={(e) => onChange(e.target.checked)} />
      {t('newView.shared')}
    </label>
  );
}
