import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { View } from '../../../../protocol/views.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { usePreferences } from '../../preferences/PreferencesProvider.tsx';
import { useSignedIn } from '../../session/context.ts';
import { useViews } from '../ViewsProvider.tsx';
import { viewHref } from '../views.ts';
import { canChangeView, isSavedView } from './canChangeView.ts';
import { orderAfterMove } from './moveView.ts';

type Step = -1 | 1;
const moveButtonId = (id: string, step: Step) => `move-view-${id}-${step === -1 ? 'up' : 'down'}`;

/**
 * Team inboxes and saved views, each shown or hidden in this teammate's rail (hidden ones stay reachable from
 * here), and saved views moved up or down by whoever may change them. The moved view's button keeps the focus.
 */
export function ManageViewsList({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const views = useViews();
  const { preferences, updatePreferences } = usePreferences();
  const { run, isBusy, error } = useAction();
  const [moved, setMoved] = useState<{ id: string; step: Step }>();
  const listed = (views.data?.views ?? []).filter((view) => view.kind === 'team' || isSavedView(view));
  const hidden = new Set(preferences.hidden_view_ids);

  useEffect(() => {
    if (!moved || isBusy) return;
    const button = document.getElementById(moveButtonId(moved.id, moved.step)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(moved.id, moved.step === -1 ? 1 : -1));
    (button?.disabled ? other : button)?.focus();
    setMoved(undefined);
  }, [moved, isBusy]);

  function setShown(view: View, isShown: boolean) {
    const ids = preferences.hidden_view_ids.filter((id) => id !== view.id);
    void run(() => updatePreferences({ hidden_view_ids: isShown ? ids : [...ids, view.id] }));
  }

  function move(view: View, step: Step) {
    const order = orderAfterMove(listed, view.id, step);
    if (!order) return;
    void run(async () => {
      views.replace(await api.reorderViews(order));
      setMoved({ id: view.id, step });
    });
  }

  if (listed.length === 0) return <p className="hint">{t('viewEditor.noViews')}</p>;
  return (
    <div className="stack">
      <p className="hint">{t('viewEditor.manageHint')}</p>
      <ul className="manage-views-list" aria-label={t('viewEditor.manageTitle')}>
        {listed.map((view) => {
          const canMove = isSavedView(view) && canChangeView(me, view);
          const isShown = !hidden.has(view.id);
          return (
            <li key={view.id} className={isShown ? 'manage-view' : 'manage-view is-hidden'}>
              <label className="checkbox">
                <input type="checkbox" checked={isShown} onChange={(event) => setShown(view, event.target.checked)} />
                <span className="visually-hidden">{t('viewEditor.showInNav', { name: view.name })}</span>
              </label>
              <Link href={viewHref(view)} className="manage-view-name" onClick={onDone}>
                {view.name}
              </Link>
              <span className="manage-view-kind">{t(`viewEditor.kinds.${view.kind}`)}</span>
              {canMove ? (
                <span className="manage-view-moves">
                  {([-1, 1] as const).map((step) => (
                    <button
                      key={step}
                      id={moveButtonId(view.id, step)}
                      type="button"
                      className="button secondary small"
                      disabled={isBusy || orderAfterMove(listed, view.id, step) === null}
                      aria-label={t(step === -1 ? 'viewEditor.moveUp' : 'viewEditor.moveDown', { name: view.name })}
                      onClick={() => move(view, step)}
                    >
                      <span aria-hidden="true">{step === -1 ? '↑' : '↓'}</span>
                    </button>
                  ))}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onDone}>
          {t('viewEditor.done')}
        </button>
      </div>
    </div>
  );
}
