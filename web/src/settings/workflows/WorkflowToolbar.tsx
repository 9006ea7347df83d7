import { useTranslation } from 'react-i18next';
import type { Workflow } from '../../../../protocol/workflows.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { EnabledSwitch } from './EnabledSwitch.tsx';
import { PublishButton } from './PublishButton.tsx';
import { WorkflowStatus } from './WorkflowStatus.tsx';

interface WorkflowToolbarProps {
  workflow: Workflow;
  name: string;
  onNameChange: (name: string) => void;
  isNameInvalid: boolean;
  isReadOnly: boolean;
  isDirty: boolean;
  isBusy: boolean;
  /** "Draft saved.", "Published v3.": what the last action did. */
  notice: string;
  error: unknown;
  onSave: () => void;
  onPublish: () => void;
  onEnabledChange: (isEnabled: boolean) => void;
}

/** The editor's bar, kept in view: name, on/off, version status, Save draft and Publish. */
export function WorkflowToolbar(props: WorkflowToolbarProps) {
  const { workflow, name, onNameChange, isNameInvalid, isReadOnly, isDirty, isBusy, notice, error } = props;
  const { t } = useTranslation();
  return (
    <div className="workflow-toolbar">
      <div className="workflow-toolbar-fields">
        <div className="field grow">
          <label htmlFor="workflow-name">{t('workflows.name')}</label>
          <input
            id="workflow-name"
            value={name}
            maxLength={120}
            readOnly={isReadOnly}
            aria-invalid={isNameInvalid || undefined}
            onChange={(event) => onNameChange(event.target.value)}
          />
        </div>
        <div className="workflow-toolbar-state">
          <EnabledSwitch
            workflowName={workflow.name}
            isEnabled={workflow.enabled}
            isDisabled={isReadOnly || isBusy}
            onChange={props.onEnabledChange}
          />
          <WorkflowStatus workflow={workflow} />
        </div>
      </div>
      {isReadOnly ? null : (
        <div className="workflow-toolbar-actions">
          <button type="button" className="button secondary" disabled={isBusy || !isDirty} onClick={props.onSave}>
            {isBusy ? t('common.saving') : t('workflows.saveDraft')}
          </button>
          <PublishButton
            nextVersion={(workflow.published_version ?? 0) + 1}
            isDisabled={isBusy || (!isDirty && !workflow.has_unpublished_changes)}
            onPublish={props.onPublish}
          />
          <p className="unsaved" aria-hidden={!isDirty}>
            {isDirty ? t('workflows.unsaved') : null}
          </p>
          <p role="status" className="saved">
            {notice}
          </p>
        </div>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
