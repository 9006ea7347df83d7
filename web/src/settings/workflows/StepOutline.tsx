import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowDefinition, WorkflowStep, WorkflowStepType } from '../../../../protocol/workflows.ts';
import { AddStepBar } from './AddStepBar.tsx';
import { addStep, moveStep, newStep, removeStep, renameStep, replaceStep, stepsLeadingTo } from './draft.ts';
import type { WorkflowProblem } from './problems.ts';
import { StepCard } from './StepCard.tsx';
import { StepFieldContext, useWorkflowEditor } from './stepContext.ts';
import { TargetField } from './TargetField.tsx';

const NO_PROBLEMS: readonly WorkflowProblem[] = [];
/** Workflows with more steps than this open folded. */
const FOLD_ABOVE = 4;

interface StepOutlineProps {
  definition: WorkflowDefinition;
  problemsByStep: ReadonlyMap<string, readonly WorkflowProblem[]>;
  /** Problems of the workflow as a whole (the start step), listed at `#workflow-problems`. */
  generalProblems: readonly WorkflowProblem[];
  onChange: (definition: WorkflowDefinition) => void;
  /** A step was added: the editor brings it into view. */
  onAdded: (step: WorkflowStep) => void;
}

/** The workflow as a readable outline: where it starts, then every step as a card, in the admin's order. */
export function StepOutline({ definition, problemsByStep, generalProblems, onChange, onAdded }: StepOutlineProps) {
  const { t } = useTranslation();
  const { isReadOnly } = useWorkflowEditor();
  // A short workflow opens with every step's fields shown; a long one as an outline to unfold.
  const [openSteps, setOpenSteps] = useState<ReadonlySet<string>>(
    () => new Set(definition.steps.length <= FOLD_ABOVE ? definition.steps.map((step) => step.id) : []),
  );
  const setOpen = (stepId: string, isOpen: boolean) =>
    setOpenSteps((current) => {
      const next = new Set(current);
      if (isOpen) next.add(stepId);
      else next.delete(stepId);
      return next;
    });

  function add(type: WorkflowStepType) {
    const step = newStep(definition, type);
    onChange(addStep(definition, step));
    setOpen(step.id, true);
    onAdded(step);
  }

  function rename(from: string, to: string) {
    onChange(renameStep(definition, from, to));
    if (openSteps.has(from)) setOpen(to, true);
  }

  function move(index: number, offset: -1 | 1) {
    const stepId = definition.steps[index]?.id;
    onChange(moveStep(definition, index, offset));
    // The cards are keyed by position: keep the focus on the step that moved, not on the place it left.
    requestAnimationFrame(() => {
      const card = document.getElementById(`step-${stepId}`);
      const button = card?.querySelector<HTMLButtonElement>(`[data-move="${offset}"]:not(:disabled)`);
      (button ?? card?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'))?.focus();
    });
  }

  return (
    <div className="step-outline">
      <div className="outline-head">
        <StepFieldContext value={{ problems: generalProblems, problemsId: 'workflow-problems' }}>
          <fieldset className="start-field" disabled={isReadOnly}>
            <TargetField
              label={t('workflows.fields.start')}
              path={['start']}
              value={definition.start}
              onChange={(start) => onChange({ ...definition, start })}
            />
          </fieldset>
        </StepFieldContext>
        <div className="form-actions">
          <button
            type="button"
            className="button secondary small"
            onClick={() => setOpenSteps(new Set(definition.steps.map((step) => step.id)))}
          >
            {t('workflows.expandAll')}
          </button>
          <button type="button" className="button secondary small" onClick={() => setOpenSteps(new Set())}>
            {t('workflows.collapseAll')}
          </button>
        </div>
      </div>
      <ol className="step-list" aria-label={t('workflows.steps')}>
        {definition.steps.map((step, index) => (
          // Keyed by place: keying by step id would remount a card (and drop focus) when its step is renamed.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            <StepCard
              step={step}
              position={index}
              count={definition.steps.length}
              isStart={step.id === definition.start}
              comesFrom={stepsLeadingTo(definition, step.id)}
              problems={problemsByStep.get(step.id) ?? NO_PROBLEMS}
              onChange={(changed) => onChange(replaceStep(definition, index, changed))}
              isOpen={openSteps.has(step.id)}
              onToggle={() => setOpen(step.id, !openSteps.has(step.id))}
              onRename={(stepId) => rename(step.id, stepId)}
              onMove={(offset) => move(index, offset)}
              onRemove={() => onChange(removeStep(definition, index))}
            />
          </li>
        ))}
      </ol>
      {isReadOnly ? null : <AddStepBar onAdd={add} />}
    </div>
  );
}
