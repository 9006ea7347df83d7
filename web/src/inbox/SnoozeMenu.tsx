import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useFormatDate } from '../lib/useFormatDate.ts';
import { useSignedIn } from '../session/context.ts';
import { localInputToUnix, snoozePresets } from './snoozePresets.ts';

interface SnoozeMenuProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

/** Snoozes the conversation until a preset time or a chosen date, in the teammate's time zone. */
export function SnoozeMenu({ conversation, onChanged }: SnoozeMenuProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const formatDate = useFormatDate();
  const timeZone = me.timezone ?? me.app.timezone ?? undefined;
  const formatWhen = useFormatWhen(timeZone);
  const inputId = useId();
  const [custom, setCustom] = useState('');
  const { run, isBusy, error } = useAction();

  function snooze(until: number | undefined) {
    if (until === undefined) return;
    void run(async () =>
      onChanged(await api.manageConversation(conversation.id, { message_type: 'snoozed', snoozed_until: until })),
    );
  }

  const presets = snoozePresets(new Date(), timeZone);
  const presetChoices = [
    { label: t('details.snoozeLaterToday'), until: presets.laterToday },
    { label: t('details.snoozeTomorrow'), until: presets.tomorrow },
    { label: t('details.snoozeNextWeek'), until: presets.nextWeek },
  ];
  const customUntil = localInputToUnix(custom, timeZone);
  return (
    <fieldset className="details-field snooze-menu" disabled={isBusy} data-shortcut="snooze" tabIndex={-1}>
      <legend>{t('details.snooze')}</legend>
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
        <input id={inputId} type="datetime-local" value={custom} onChange={(event) => setCustom(event.target.value)} />
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
