import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { View, ViewSort } from '../../../protocol/views.ts';
import { SegmentedControl } from '../components/SegmentedControl.tsx';
import { usePreferences } from '../preferences/PreferencesProvider.tsx';
import { useSignedIn } from '../session/context.ts';
import { ConversationRows } from './ConversationRows.tsx';
import { useViewName } from './useViewName.ts';
import { canChangeView, isSavedView } from './viewEditor/canChangeView.ts';
import { EditViewButton } from './viewEditor/EditViewButton.tsx';

type ListState = 'open' | 'snoozed' | 'closed';
const SORTS: ViewSort[] = ['newest', 'oldest', 'waiting_longest'];
const STATES: ListState[] = ['open', 'snoozed', 'closed'];

/** A saved view offers only the states it holds; built-in views and team inboxes, all three (open first). */
const statesOf = (view: View): ListState[] => (isSavedView(view) ? (view.filters.states ?? STATES) : STATES);

/** The sort this teammate last chose in this view (remembered in their preferences), else the view's own. */
function useRememberedSort(view: View): [ViewSort, (sort: ViewSort) => void] {
  const { preferences, updatePreferences } = usePreferences();
  const [chosen, setChosen] = useState<ViewSort>();
  const sort = chosen ?? preferences.view_sorts[view.id] ?? view.sort;
  return [
    sort,
    (next) => {
      setChosen(next);
      void updatePreferences({ view_sorts: { [view.id]: next } }).catch(() => undefined);
    },
  ];
}

/**
 * The left column: the view's name, how it is sorted, which state it shows, what its time column is (the time
 * the sort uses), Edit for those who may change it, and its rows.
 */
export function ConversationList({ view, selectedId }: { view: View; selectedId: string | undefined }) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const viewName = useViewName();
  const sortId = useId();
  const [sort, setSort] = useRememberedSort(view);
  const states = statesOf(view);
  const [chosenState, setState] = useState<ListState>(states[0] ?? 'open');
  const state = states.includes(chosenState) ? chosenState : (states[0] ?? 'open');
  return (
    <section className="conversation-list" aria-labelledby="view-title">
      <header className="list-header">
        <div className="list-title">
          <h1 id="view-title">{viewName(view)}</h1>
          {isSavedView(view) && canChangeView(me, view) ? <EditViewButton view={view} /> : null}
          <label htmlFor={sortId} className="visually-hidden">
            {t('list.sort')}
          </label>
          <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as ViewSort)}>
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`sorts.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="list-controls">
          <SegmentedControl
            label={t('list.state')}
            className="state-filter"
            value={state}
            segments={states.map((value) => ({ value, label: t(`states.${value}`) }))}
            onChange={setState}
          />
          <span className="list-time-column" data-sort={sort}>
            {t(sort === 'waiting_longest' ? 'viewEditor.timeColumn.waiting' : 'viewEditor.timeColumn.lastActivity')}
          </span>
        </div>
      </header>
      <ConversationRows
        key={`${view.id}:${sort}:${state}`}
        viewId={view.id}
        sort={sort}
        state={state}
        selectedId={selectedId}
      />
    </section>
  );
}
