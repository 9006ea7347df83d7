import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { SegmentedControl } from '../components/SegmentedControl.tsx';
import { useViews } from '../inbox/ViewsProvider.tsx';
import { useAction } from '../lib/useAction.ts';
import { useSignedIn } from '../session/context.ts';

type Status = 'active' | 'away';

/**
 * Away teammates get no new conversations from automatic assignment. Going away with open conversations
 * asks whether they stay yours or go back to their teams' queues, as on the team status page.
 */
export function StatusSwitch() {
  const { t } = useTranslation();
  const { me, updateAdmin } = useSignedIn();
  const { run, isBusy, error } = useAction();
  const [isAsking, setIsAsking] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // "Your inbox" counts exactly the open conversations assigned to you: the ones going away can return.
  const openCount = useViews().data?.views.find((view) => view.id === 'you')?.count ?? 0;
  const status: Status = me.away_mode_enabled ? 'away' : 'active';

  // The question opens under the switch and closes back to it: keep the keyboard where the teammate was.
  useEffect(() => {
    if (isAsking) firstChoice.current?.focus();
    else if (wasAsking.current) box.current?.querySelector<HTMLButtonElement>('button[data-value="away"]')?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);

  const setAway = (away: boolean, reassign = false) => {
    setIsAsking(false);
    run(async () => updateAdmin(await api.setAway(me.id, away, reassign)));
  };

  return (
    <div ref={box}>
      <SegmentedControl
        label={t('status.label')}
        className={`status-switch is-${status}`}
        value={status}
        segments={[
          { value: 'active', label: t('status.active') },
          { value: 'away', label: t('status.away') },
        ]}
        onChange={(next) => {
          if (next === 'active') setAway(false);
          else if (openCount > 0) setIsAsking(true);
          else setAway(true);
        }}
        isDisabled={isBusy}
      />
      {isAsking ? (
        <fieldset className="away-question is-rail">
          <legend className="away-legend">{t('status.awayQuestion', { count: openCount })}</legend>
          <div className="form-actions">
            <button
              ref={firstChoice}
              type="button"
              className="button rail-button small"
              onClick={() => setAway(true, false)}
            >
              {t('teamStatus.keep', { count: openCount })}
            </button>
            <button type="button" className="button rail-button small" onClick={() => setAway(true, true)}>
              {t('teamStatus.reassign', { count: openCount })}
            </button>
            <button type="button" className="button rail-button small" onClick={() => setIsAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </fieldset>
      ) : null}
      <ErrorAlert error={error} />
    </div>
  );
}
