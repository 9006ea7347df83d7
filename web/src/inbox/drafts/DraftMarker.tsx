import { useTranslation } from 'react-i18next';
import { useHasDraft } from './draftMarks.ts';

/** "Draft" in a list row whose conversation has my unsent reply or note. */
export function DraftMarker({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const hasDraft = useHasDraft(conversationId);
  if (!hasDraft) return null;
  return <span className="draft-marker">{t('drafts.marker')}</span>;
}
