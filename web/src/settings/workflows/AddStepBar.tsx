import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowStepType } from '../../../../protocol/workflows.ts';
import { STEP_TYPES } from './draft.ts';
import { STEP_TYPE_LABELS } from './stepTypes.ts';

/** Adds a step of the chosen type at the end of the outline. */
export function AddStepBar({ onAdd }: { onAdd: (type: WorkflowStepType) => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<WorkflowStepType>('message');

  return (
    <div className="add-step-bar">
      <label htmlFor="add-step-type">{t('workflows.addStepType')}</label>
      <div className="inline-form">
        <select id="add-step-type" value={type} onChange={(event) => setType(event.target.value as WorkflowStepType)}>
          {STEP_TYPES.map((option) => (
            <option key={option} value={option}>
              {t(STEP_TYPE_LABELS[option])}
            </option>
          ))}
        </select>
        <button type="button" className="button secondary" onClick={() => onAdd(type)}>
          {t('workflows.addStep')}
        </button>
      </div>
    </div>
  );
}
