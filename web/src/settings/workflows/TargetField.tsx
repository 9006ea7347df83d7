import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldPath } from './problems.ts';
import { StepLink } from './StepLink.tsx';
import { useFieldProblem, useWorkflowEditor } from './stepContext.ts';
import { STEP_TYPE_LABELS } from './stepTypes.ts';

interface TargetFieldProps {
  label: string;
  path: FieldPath;
  value: string;
  onChange: (stepId: string) => void;
}

/** Where a step (or an option, a rule) goes next: a choice of step, and a link that jumps to it. */
export function TargetField({ label, path, value, onChange }: TargetFieldProps) {
  const { t } = useTranslation();
  const { definition } = useWorkflowEditor();
  const id = useId();
  const problem = useFieldProblem(path);
  const target = definition.steps.find((step) => step.id === value);
  return (
    <div className="field target-field">
      <label htmlFor={id}>{label}</label>
      <div className="target-row">
        <select id={id} value={value} {...problem.props} onChange={(event) => onChange(event.target.value)}>
          {value === '' ? <option value="">{t('workflows.chooseStep')}</option> : null}
          {definition.steps.map((step) => (
            <option key={step.id} value={step.id}>
              {`${step.id} · ${t(STEP_TYPE_LABELS[step.type])}`}
            </option>
          ))}
          {value !== '' && !target ? <option value={value}>{t('workflows.missingStep', { id: value })}</option> : null}
        </select>
        {target ? <StepLink stepId={target.id} hasArrow /> : null}
      </div>
    </div>
  );
}
