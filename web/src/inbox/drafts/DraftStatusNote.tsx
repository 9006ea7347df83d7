import { useTranslation } from 'react-i18next';
import type { DraftStatus } from './draftSaver.ts';

/** A quiet word in the composer's footer: the draft is saved (it will be there on coming back), or not yet. */
export function DraftStatusNote({ status, hasText }: { status: DraftStatus; hasText: boolean }) {
  const { t } = useTranslation();
  if (status === 'failed') return <span className="draft-status is-failed">{t('drafts.notSaved')}</span>;
  if (status !== 'saved' || !hasText) return null;
  return <span className="draft-status">{t('drafts.saved')}</span>;
}
