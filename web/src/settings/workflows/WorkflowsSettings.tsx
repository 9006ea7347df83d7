import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workflow } from '../../../../protocol/workflows.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSignedIn } from '../../session/context.ts';
import { SectionHeading } from '../SectionHeading.tsx';
import { NewWorkflowForm } from './NewWorkflowForm.tsx';
import { WorkflowRow } from './WorkflowRow.tsx';

interface Moved {
  workflowId: string;
  offset: -1 | 1;
}

/**
 * Keeps the keyboard on the row that moved: its button again, or its twin once the row reaches an end of
 * the list (where the button it pressed is disabled).
 */
function focusMoveButton({ workflowId, offset }: Moved) {
  const same = document.getElementById(`move-${offset < 0 ? 'up' : 'down'}-${workflowId}`);
  const twin = document.getElementById(`move-${offset < 0 ? 'down' : 'up'}-${workflowId}`);
  const target = same instanceof HTMLButtonElement && !same.disabled ? same : twin;
  target?.focus();
}

/** Settings → Bot workflows: the ordered list (the first enabled, published one runs), for admins to manage. */
export function WorkflowsSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const workflows = useResource(api.listWorkflows);
  const { run, isBusy, error } = useAction();
  const [moved, setMoved] = useState<Moved>();
  const canManage = me.role === 'admin';
  const list = workflows.data?.data ?? [];
  useDocumentTitle(t('settings.workflows'));
  useEffect(() => {
    if (!moved || isBusy) return;
    focusMoveButton(moved);
    setMoved(undefined);
  }, [moved, isBusy]);

  // The switch flips at once; a failed save flips it back.
  const setEnabled = (workflow: Workflow, enabled: boolean) => {
    const show = (changed: Workflow) =>
      workflows.replace({ type: 'list', data: list.map((item) => (item.id === changed.id ? changed : item)) });
    show({ ...workflow, enabled });
    run(async () => {
      try {
        show(await api.updateWorkflow(workflow.id, { enabled }));
      } catch (failure) {
        show(workflow);
        throw failure;
      }
    });
  };

  const move = (index: number, offset: -1 | 1) => {
    const ids = list.map((workflow) => workflow.id);
    const [workflowId] = ids.splice(index, 1);
    if (workflowId === undefined) return;
    ids.splice(index + offset, 0, workflowId);
    run(async () => {
      workflows.replace(await api.reorderWorkflows(ids));
      setMoved({ workflowId, offset });
    });
  };

  const remove = (workflow: Workflow) =>
    run(async () => {
      await api.deleteWorkflow(workflow.id);
      workflows.reload();
    });

  return (
    <>
      <SectionHeading title={t('settings.workflows')}>
        <p className="muted">{t('workflows.intro')}</p>
        {canManage ? null : <p className="note">{t('workflows.readOnly')}</p>}
      </SectionHeading>
      {canManage ? <NewWorkflowForm /> : null}
      <ErrorAlert error={workflows.error ?? error} />
      {workflows.data === undefined ? <Loading /> : null}
      {workflows.data?.data.length === 0 ? <p className="muted">{t('workflows.empty')}</p> : null}
      {list.length > 0 ? (
        <>
          <h3 id="workflow-order-title">{t('workflows.orderTitle')}</h3>
          <ol className="workflow-list" aria-labelledby="workflow-order-title">
            {list.map((workflow, index) => (
              <WorkflowRow
                key={workflow.id}
                workflow={workflow}
                position={index}
                count={list.length}
                canManage={canManage}
                isBusy={isBusy}
                onEnabledChange={(enabled) => setEnabled(workflow, enabled)}
                onMove={(offset) => move(index, offset)}
                onDelete={() => remove(workflow)}
              />
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
