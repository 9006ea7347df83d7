import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Workflow } from '../../../../protocol/workflows.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { EnabledSwitch } from './EnabledSwitch.tsx';
import { WorkflowStatus } from './WorkflowStatus.tsx';

interface WorkflowRowProps {
  workflow: Workflow;
  position: number;
  count: number;
  canManage: boolean;
  isBusy: boolean;
  onEnabledChange: (isEnabled: boolean) => void;
  onMove: (offset: -1 | 1) => void;
  onDelete: () => void;
}

/** One workflow in the ordered list: its place, name, on/off, version, and the admin's actions. */
export function WorkflowRow(props: WorkflowRowProps) {
  const { workflow, position, count, canManage, isBusy, onEnabledChange, onMove, onDelete } = props;
  const { t } = useTranslation();
  const { name } = workflow;
  return (
    <li className="workflow-row">
      <span className="workflow-position" aria-hidden="true">
        {position + 1}
      </span>
      <div className="workflow-row-main">
        <Link href={`/settings/workflows/${workflow.id}`} className="workflow-name">
          {name}
        </Link>
        <WorkflowStatus workflow={workflow} />
        {workflow.enabled && workflow.published_version === null ? (
          <p className="hint">{t('workflows.publishToRun')}</p>
        ) : null}
      </div>
      <EnabledSwitch
        workflowName={name}
        isEnabled={workflow.enabled}
        isDisabled={!canManage || isBusy}
        onChange={onEnabledChange}
      />
      {canManage ? (
        <div className="workflow-row-actions">
          <button
            type="button"
            id={`move-up-${workflow.id}`}
            className="button secondary small icon-button"
            aria-label={t('workflows.moveUp', { name })}
            disabled={position === 0 || isBusy}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            id={`move-down-${workflow.id}`}
            className="button secondary small icon-button"
            aria-label={t('workflows.moveDown', { name })}
            disabled={position === count - 1 || isBusy}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <ConfirmButton
            label={t('workflows.delete')}
            ariaLabel={t('workflows.deleteNamed', { name })}
            isDisabled={isBusy}
            onConfirm={onDelete}
          />
        </div>
      ) : null}
    </li>
  );
}
