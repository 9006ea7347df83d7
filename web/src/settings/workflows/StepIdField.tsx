import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZStepIdSchema } from '../../../../protocol/workflows.ts';
import { useFieldProblem, useWorkflowEditor } from './stepContext.ts';

interface StepIdFieldProps {
  stepId: string;
  /** Renames the step and every link to it. */
  onRename: (stepId: string) => void;
}

/**
 * A step's id, renamed when the field is left (or Enter): renaming on every key would pass through other
 * steps' ids and tangle their links.
 */
export function StepIdField({ stepId, onRename }: StepIdFieldProps) {
  const { t } = useTranslation();
  const { definition } = useWorkflowEditor();
  const id = useId();
  const [typed, setTyped] = useState(stepId);
  const [error, setError] = useState<string>();
  const problem = useFieldProblem(['id']);
  useEffect(() => setTyped(stepId), [stepId]);

  function commit() {
    const next = typed.trim();
    if (next === stepId) return setError(undefined);
    if (!ZStepIdSchema.safeParse(next).success) return setError(t('workflows.problems.invalid_id'));
    if (definition.steps.some((step) => step.id === next)) return setError(t('workflows.problems.duplicate_step_id'));
    setError(undefined);
    onRename(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setTyped(stepId);
      setError(undefined);
    }
  }

  const isInvalid = error !== undefined || problem.isInvalid;
  return (
    <div className="field step-id-field">
      <label htmlFor={id}>{t('workflows.fields.id')}</label>
      <input
        id={id}
        className="mono"
        value={typed}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={isInvalid || undefined}
        aria-describedby={error ? `${id}-error` : problem.props['aria-describedby']}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
