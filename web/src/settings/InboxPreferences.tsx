import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdatePreferencesRequest } from '../../../protocol/preferences.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { playChime } from '../notifications/chime.ts';
import { askNotificationAccess, type NotificationAccess, notificationAccess } from '../notifications/permission.ts';
import { usePreferences } from '../preferences/PreferencesProvider.tsx';
import { SwitchField } from './assignment/SwitchField.tsx';

/** The browser's answer, kept current when the teammate changes it in the site's settings meanwhile. */
function useNotificationAccess(): [NotificationAccess, (access: NotificationAccess) => void] {
  const [access, setAccess] = useState(notificationAccess);
  useEffect(() => {
    const refresh = () => setAccess(notificationAccess());
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, []);
  return [access, setAccess];
}

/**
 * Settings → Profile → Inbox & notifications: move on after closing, desktop notifications (asking the browser
 * first, and saying what to do when it refuses), and the chime. Each switch saves at once.
 */
export function InboxPreferences() {
  const { t } = useTranslation();
  const { preferences, updatePreferences } = usePreferences();
  const [access, setAccess] = useNotificationAccess();
  const [isAsking, setIsAsking] = useState(false);
  const [wasRefused, setWasRefused] = useState(false);
  const save = useAction();

  const change = (changes: UpdatePreferencesRequest) => save.run(() => updatePreferences(changes));

  async function changeDesktop(isOn: boolean) {
    setWasRefused(false);
    if (!isOn) return change({ desktop_notifications: false });
    setIsAsking(true);
    const answer = await askNotificationAccess();
    setIsAsking(false);
    setAccess(answer);
    if (answer === 'granted') return change({ desktop_notifications: true });
    setWasRefused(answer !== 'unsupported');
  }

  const isBlocked = preferences.desktop_notifications && access === 'denied' && !wasRefused;
  return (
    <section className="stack narrow card inbox-preferences" aria-labelledby="inbox-preferences-title">
      <h3 id="inbox-preferences-title">{t('attention.preferences.title')}</h3>
      <p className="muted">{t('attention.preferences.intro')}</p>
      <SwitchField
        label={t('attention.preferences.moveOn')}
        hint={t('attention.preferences.moveOnHint')}
        isOn={preferences.move_on_after_close}
        onChange={(isOn) => change({ move_on_after_close: isOn })}
      />
      <SwitchField
        label={t('attention.preferences.desktop')}
        hint={t('attention.preferences.desktopHint')}
        isOn={preferences.desktop_notifications && access === 'granted'}
        onChange={(isOn) => void changeDesktop(isOn)}
      />
      <div role="status" className="notification-access">
        {isAsking ? <p className="hint">{t('attention.preferences.asking')}</p> : null}
        {access === 'unsupported' ? <p className="hint">{t('attention.preferences.unsupported')}</p> : null}
        {wasRefused ? <p className="warning-text">{t('attention.preferences.denied')}</p> : null}
        {isBlocked ? <p className="warning-text">{t('attention.preferences.blockedNow')}</p> : null}
      </div>
      <SwitchField
        label={t('attention.preferences.sound')}
        hint={t('attention.preferences.soundHint')}
        isOn={preferences.notification_sound}
        onChange={(isOn) => {
          if (isOn) playChime();
          change({ notification_sound: isOn });
        }}
      />
      <div className="form-actions">
        <button type="button" className="button secondary small" onClick={playChime}>
          {t('attention.preferences.trySound')}
        </button>
      </div>
      <ErrorAlert error={save.error} />
    </section>
  );
}
