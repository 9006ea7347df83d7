import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState } from '../components/EmptyState.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page">
      <EmptyState title={t('notFound.title')}>
        <p className="muted">{t('notFound.body')}</p>
        <Link href="/inbox/you" className="button secondary">
          {t('notFound.back')}
        </Link>
      </EmptyState>
    </div>
  );
}
