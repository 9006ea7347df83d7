import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../notifications/unreadCount.ts';

const MAX_SHOWN = 99;

/**
 * "(3) Your inbox · Charla": the tab says where you are, in your language, led by how many open conversations
 * assigned to you have a customer message you have not read (docs/inbox.md), live.
 */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  const unread = useUnreadCount();
  useEffect(() => {
    const count = unread > MAX_SHOWN ? `${MAX_SHOWN}+` : String(unread);
    const page = title ? `${title} · ${appName}` : appName;
    document.title = unread > 0 ? `(${count}) ${page}` : page;
  }, [title, appName, unread]);
}
