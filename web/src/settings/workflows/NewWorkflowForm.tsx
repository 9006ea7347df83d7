import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { NEW_WORKFLOW_DEFINITION } from './draft.ts';

/** Names a new workflow (off, one handoff step) and opens it in the editor. */
export function NewWorkflowForm() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const { run, isBusy, error } = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    run(async () => {
      const created = await api.createWorkflow({ name, enabled: false, definition: NEW_WORKFLOW_DEFINITION });
      navigate(`/settings/workflows/${created.id}`);
    });
  }

  return (
    <section aria-labelledby="new-workflow-title" className="card">
      <h3 id="new-workflow-title">{t('workflows.createTitle')}</h3>
      <form onSubmit={submit} className="inline-form">
        <div className="field grow">
          <label htmlFor="new-workflow-name">{t('workflows.name')}</label>
          <input
            id="new-workflow-name"
            required
            maxLength={120}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="button primary" disabled={isBusy}>
          {t('workflows.create')}
        </button>
      </form>
      <ErrorAlert error={error} />
    </section>
  );
}
