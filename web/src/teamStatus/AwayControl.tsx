import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeammateStatus } from '../../../protocol/assignment.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useSignedIn } from '../session/context.ts';

interface AwayControlProps {
  teammate: TeammateStatus;
  onChanged: () => void;
}

/**
 * Sets a teammate away or active. Someone going away with open conversations is asked whether those stay
 * theirs or go back to their teams' queues.
 */
export function AwayControl({ teammate, onChanged }: AwayControlProps) {
  const { t } = useTranslation();
  const { me, updateAdmin } = useSignedIn();
  const { run, isBusy, error } = useAction();
  const [isAsking, setIsAsking] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const { name, open_count: openCount } = teammate;

  // The question replaces the button and back: keep the keyboard where the teammate was.
  useEffect(() => {
    if (isAsking) firstChoice.current?.focus();
    else if (wasAsking.current) toggle.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);

  const setAway = (away: boolean, reassign = false) => {
    setIsAsking(false);
    run(async () => {
      const updated = await api.setAway(teammate.id, away, reassign);
      if (updated.id === me.id) updateAdmin(updated);
      onChanged();
    });
  };

  if (isAsking) {
    return (
      <fieldset className="away-question">
        <legend className="away-legend">{t('teamStatus.awayQuestion', { name, count: openCount })}</legend>
        <div className="form-actions">
          <button
            ref={firstChoice}
            type="button"
            className="button secondary small"
            onClick={() => setAway(true, false)}
          >
            {t('teamStatus.keep', { count: openCount })}
          </button>
          <button type="button" className="button secondary small" onClick={() => setAway(true, true)}>
            {t('teamStatus.reassign', { count: openCount })}
          </button>
          <button type="button" className="button secondary small" onClick={() => setIsAsking(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    );
  }
  const isAway = teammate.status === 'away';
  return (
    <div className="away-control">
      <button
        ref={toggle}
        type="button"
        className="button secondary small"
        // Only aria-disabled while saving: a disabled button would lose the focus it gets back from the question.
        aria-disabled={isBusy || undefined}
        aria-label={t(isAway ? 'teamStatus.setActiveNamed' : 'teamStatus.setAwayNamed', { name })}
        onClick={() => {
          if (isBusy) return;
          if (isAway) setAway(false);
          else if (openCount > 0) setIsAsking(true);
          else setAway(true);
        }}
      >
        {isAway ? t('teamStatus.setActive') : t('teamStatus.setAway')}
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
