import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/context.ts';

/** Formats Unix seconds in the teammate's language and time zone (else the workspace's, else the browser's). */
export function useFormatDate(): (unixSeconds: number) => string {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const timeZone = session?.admin.timezone ?? session?.admin.app.timezone ?? undefined;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    return (unixSeconds) => format.format(new Date(unixSeconds * 1000));
  }, [i18n.language, timeZone]);
}
