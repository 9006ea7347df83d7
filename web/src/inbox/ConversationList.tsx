import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { View, ViewSort } from '../../../protocol/views.ts';
import { SegmentedControl } from '../components/SegmentedControl.tsx';
import { ConversationRows } from './ConversationRows.tsx';
import { useViewName } from './useViewName.ts';

type ListState = 'open' | 'snoozed' | 'closed';
const SORTS: ViewSort[] = ['newest', 'oldest', 'waiting_longest'];
const STATES: ListState[] = ['open', 'snoozed', 'closed'];

/** The left column: the view's name and count, how it is sorted (and, in All, which state), and its rows. */
export function ConversationList({ view, selectedId }: { view: View; selectedId: string | undefined }) {
  const { t } = useTranslation();
  const viewName = useViewName();
  const sortId = useId();
  const [sort, setSort] = useState<ViewSort>(view.sort);
  const [state, setState] = useState<ListState>('open');
  const hasStateFilter = view.id === 'all';
  return (
    <section className="conversation-list" aria-labelledby="view-title">
      <header className="list-header">
        <div className="list-title">
          <h1 id="view-title">{viewName(view)}</h1>
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
        {hasStateFilter ? (
          <SegmentedControl
            label={t('list.state')}
            className="state-filter"
            value={state}
            segments={STATES.map((value) => ({ value, label: t(`states.${value}`) }))}
            onChange={setState}
          />
        ) : null}
      </header>
      <ConversationRows
        key={`${view.id}:${sort}:${hasStateFilter ? state : ''}`}
        viewId={view.id}
        sort={sort}
        state={hasStateFilter ? state : undefined}
        selectedId={selectedId}
      />
    </section>
  );
}
