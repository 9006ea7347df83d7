import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/context.ts';

/** Unix seconds as a short time ("14:05"), with the date when not today, in the teammate's language and zone. */
export function useFormatTime(): (unixSeconds: number) => string {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const timeZone = session?.admin.timezone ?? session?.admin.app.timezone ?? undefined;
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone });
    const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const day = new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone });
    return (unixSeconds) => {
      const date = new Date(unixSeconds * 1000);
      return day.format(date) === day.format(new Date()) ? time.format(date) : dateTime.format(date);
    };
  }, [i18n.language, timeZone]);
}
