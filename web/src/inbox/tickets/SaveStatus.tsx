import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { FieldSave } from './useFieldSave.ts';

/** "Saving…", then "Saved" (announced politely), or the error, under a field that saves itself. */
export function SaveStatus({ state, id }: { state: FieldSave; id?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p id={id} role="status" className={`save-status${state.isSaved ? ' is-saved' : ''}`}>
        {state.isSaving ? t('tickets.panel.saving') : state.isSaved ? `✓ ${t('tickets.panel.saved')}` : ''}
      </p>
      <ErrorAlert error={state.error} />
    </>
  );
}
