import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/context.ts';

const DAY_SECONDS = 86_400;

/**
 * When a snoozed conversation wakes up, as short as it can be said: "17:00" today, "Mon 9:00" this week,
 * "12 Dec, 9:00" later; in the teammate's language and time zone.
 */
export function useFormatWakeUp(): (unixSeconds: number) => string {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const timeZone = session?.admin.timezone ?? session?.admin.app.timezone ?? undefined;
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit', timeZone });
    const weekday = new Intl.DateTimeFormat(i18n.language, {
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    });
    const later = new Intl.DateTimeFormat(i18n.language, {
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    });
    const day = new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone });
    return (unixSeconds) => {
      const date = new Date(unixSeconds * 1000);
      const now = Date.now();
      if (day.format(date) === day.format(now)) return time.format(date);
      const isThisWeek = unixSeconds * 1000 > now && unixSeconds * 1000 - now < 6 * DAY_SECONDS * 1000;
      return (isThisWeek ? weekday : later).format(date);
    };
  }, [i18n.language, timeZone]);
}
