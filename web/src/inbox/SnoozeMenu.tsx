import { type KeyboardEvent, type RefObject, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { SnoozeIcon } from '../layout/icons.tsx';
import { useAction } from '../lib/useAction.ts';
import { useFormatDate } from '../lib/useFormatDate.ts';
import { useSignedIn } from '../session/context.ts';
import { localInputToUnix, snoozePresets } from './snoozePresets.ts';
import { useMoveOn } from './useMoveOn.ts';

interface SnoozeMenuProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

/** Closes an open menu on a click or tap outside it. */
function useCloseOnOutsideClick(box: RefObject<HTMLElement | null>, isOpen: boolean, close: () => void) {
  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [box, isOpen, close]);
}

/**
 * "Snooze" in the thread header: a menu of preset times or a chosen date, in the teammate's time zone. Esc or a
 * click outside closes it; snoozing moves on to the next conversation (when the teammate moves on after closing).
 */
export function SnoozeMenu({ conversation, onChanged }: SnoozeMenuProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const formatDate = useFormatDate();
  const timeZone = me.timezone ?? me.app.timezone ?? undefined;
  const formatWhen = useFormatWhen(timeZone);
  const inputId = useId();
  const panelId = useId();
  const [isOpen, setOpen] = useState(false);
  const [custom, setCustom] = useState('');
  const { run, isBusy, error } = useAction();
  const moveOn = useMoveOn();
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useCloseOnOutsideClick(box, isOpen, close);

  function snooze(until: number | undefined) {
    if (until === undefined) return;
    void run(async () => {
      onChanged(await api.manageConversation(conversation.id, { message_type: 'snoozed', snoozed_until: until }));
      setOpen(false);
      toggle.current?.focus();
      moveOn(conversation.id);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape' || !isOpen) return;
    event.preventDefault();
    setOpen(false);
    toggle.current?.focus();
  }

  const presets = snoozePresets(new Date(), timeZone);
  const presetChoices = [
    { label: t('details.snoozeLaterToday'), until: presets.laterToday },
    { label: t('details.snoozeTomorrow'), until: presets.tomorrow },
    { label: t('details.snoozeNextWeek'), until: presets.nextWeek },
  ];
  const customUntil = localInputToUnix(custom, timeZone);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Esc anywhere in the menu closes it.
    <div className="snooze-menu" ref={box} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button secondary small snooze-toggle"
        aria-expanded={isOpen}
        aria-controls={isOpen ? panelId : undefined}
        aria-keyshortcuts="z"
        title={`${t('details.snooze')} (z)`}
        onClick={() => setOpen((open) => !open)}
      >
        <SnoozeIcon />
        <span className="action-label">{t('details.snooze')}</span>
      </button>
      {isOpen ? (
        <fieldset id={panelId} className="snooze-panel" disabled={isBusy}>
          <legend>{t('drafts.snoozeMenu')}</legend>
          {conversation.state === 'snoozed' && conversation.snoozed_until ? (
            <p className="hint">{t('details.snoozedUntil', { date: formatDate(conversation.snoozed_until) })}</p>
          ) : null}
          <div className="snooze-presets">
            {presetChoices.map(({ label, until }) => (
              <button key={label} type="button" className="button secondary small" onClick={() => snooze(until)}>
                <span>{label}</span>
                <span className="snooze-when">{formatWhen(until)}</span>
              </button>
            ))}
          </div>
          <label htmlFor={inputId}>{t('details.snoozeCustom')}</label>
          <div className="snooze-custom">
            <input
              id={inputId}
              type="datetime-local"
              value={custom}
              onChange={(event) => setCustom(event.target.value)}
            />
            <button
              type="button"
              className="button secondary small"
              disabled={customUntil === undefined}
              onClick={() => snooze(customUntil)}
            >
              {t('details.snoozeApply')}
            </button>
          </div>
          <ErrorAlert error={error} />
        </fieldset>
      ) : null}
    </div>
  );
}

/** A preset's time, short: "Thu 9:00". */
function useFormatWhen(timeZone: string | undefined): (unixSeconds: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, {
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    });
    return (unixSeconds) => format.format(new Date(unixSeconds * 1000));
  }, [i18n.language, timeZone]);
}
