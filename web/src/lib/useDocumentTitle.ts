import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Teammates · Charla": the tab says where you are, in your language. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
