import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { NotFoundPage } from '../frame/NotFoundPage.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { findInboxView } from './views.ts';

/** One inbox view. Conversations come in a later release; for now, a friendly empty state. */
export function InboxPage({ params }: { params: { view?: string } }) {
  const { t } = useTranslation();
  const view = findInboxView(params.view);
  const title = view ? t(view.label) : '';
  useDocumentTitle(title);
  if (!view) return <NotFoundPage />;
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <EmptyState title={t('inbox.emptyTitle')}>
        <p className="muted">{t('inbox.emptyBody')}</p>
      </EmptyState>
    </div>
  );
}
