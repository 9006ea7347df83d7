import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useResource } from '../../lib/useResource.ts';
import { WorkflowEditor } from './WorkflowEditor.tsx';

/** `/settings/workflows/:id`: one workflow's editor, once it and the teams it may assign to are loaded. */
export function WorkflowEditorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => api.getWorkflow(id), [id]);
  const workflow = useResource(load);
  const teams = useResource(api.listTeams);
  const back = (
    <Link href="/settings/workflows" className="back-link">
      <span aria-hidden="true">← </span>
      {t('workflows.backToList')}
    </Link>
  );
  if (!workflow.data || !teams.data) {
    return (
      <>
        {back}
        <ErrorAlert error={workflow.error ?? teams.error} />
        {workflow.error || teams.error ? null : <Loading />}
      </>
    );
  }
  return (
    <>
      {back}
      <WorkflowEditor key={workflow.data.id} workflow={workflow.data} teams={teams.data.teams} />
    </>
  );
}
