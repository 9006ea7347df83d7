import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowStep } from '../../../../protocol/workflows.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { describeProblem } from './describeProblem.ts';
import type { WorkflowProblem } from './problems.ts';
import { StepFields } from './StepFields.tsx';
import { StepIcon } from './StepIcon.tsx';
import { StepIdField } from './StepIdField.tsx';
import { StepLink } from './StepLink.tsx';
import { StepSummary } from './StepSummary.tsx';
import { StepFieldContext, useWorkflowEditor } from './stepContext.ts';
import { STEP_TYPE_HINTS, STEP_TYPE_LABELS } from './stepTypes.ts';

interface StepCardProps {
  step: WorkflowStep;
  position: number;
  count: number;
  isStart: boolean;
  /** The steps that lead here. */
  comesFrom: readonly string[];
  problems: readonly WorkflowProblem[];
  /** Shows the fields; a folded step shows a summary of what it says and where it leads. */
  isOpen: boolean;
  onToggle: () => void;
  onChange: (step: WorkflowStep) => void;
  onRename: (stepId: string) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One step of the outline: what it is, its fields, where it leads and comes from, and what is wrong with it. */
export function StepCard(props: StepCardProps) {
  const {
    step,
    position,
    count,
    isStart,
    comesFrom,
    problems,
    isOpen,
    onToggle,
    onChange,
    onRename,
    onMove,
    onRemove,
  } = props;
  const { t, i18n } = useTranslation();
  const { isReadOnly } = useWorkflowEditor();
  const id = useId();
  const titleId = `${id}-title`;
  const problemsId = `${id}-problems`;
  const bodyId = `${id}-body`;
  const isShown = isOpen || problems.length > 0;
  const fieldContext = useMemo(() => ({ problems, problemsId }), [problems, problemsId]);
  const typeLabel = t(STEP_TYPE_LABELS[step.type]);

  return (
    <article
      id={`step-${step.id}`}
      className={`step-card${problems.length > 0 ? ' has-problems' : ''}`}
      aria-labelledby={titleId}
    >
      <header className="step-card-header">
        <StepIcon type={step.type} />
        <div className="step-card-title">
          <h3 id={titleId} tabIndex={-1}>
            {typeLabel} <code className="step-id">{step.id}</code>
          </h3>
          <p className="hint">{t(STEP_TYPE_HINTS[step.type])}</p>
        </div>
        {isStart ? <span className="badge is-start">{t('workflows.startBadge')}</span> : null}
        <button
          type="button"
          className="button secondary small step-toggle"
          aria-expanded={isShown}
          aria-controls={bodyId}
          aria-label={t(isShown ? 'workflows.hideFieldsOf' : 'workflows.showFieldsOf', { id: step.id })}
          disabled={problems.length > 0}
          onClick={onToggle}
        >
          {t(isShown ? 'workflows.hideFields' : 'workflows.showFields')}
        </button>
        {isReadOnly ? null : (
          <div className="step-card-actions">
            <button
              type="button"
              className="button secondary small icon-button"
              aria-label={t('workflows.moveStepUp', { id: step.id })}
              data-move={-1}
              disabled={position === 0}
              onClick={() => onMove(-1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="button secondary small icon-button"
              aria-label={t('workflows.moveStepDown', { id: step.id })}
              data-move={1}
              disabled={position === count - 1}
              onClick={() => onMove(1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            {count > 1 ? (
              <ConfirmButton
                label={t('workflows.deleteStep')}
                ariaLabel={t('workflows.deleteStepNamed', { id: step.id })}
                onConfirm={onRemove}
              />
            ) : null}
          </div>
        )}
      </header>
      <div id={problemsId} className="step-problems">
        {problems.length > 0 ? (
          <ul aria-label={t('workflows.problemsOf', { id: step.id })}>
            {problems.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity; the list is replaced whole
              <li key={index}>{describeProblem(t, problem, i18n.language, step.type)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <StepFieldContext value={fieldContext}>
        <div id={bodyId} className="step-card-body">
          {isShown ? (
            <fieldset className="step-fields" disabled={isReadOnly}>
              <div className="field-row step-card-meta">
                <StepIdField stepId={step.id} onRename={onRename} />
                {comesFrom.length > 0 ? (
                  <div className="comes-from">
                    <span className="hint">{t('workflows.comesFrom')}</span>
                    <ul className="chips">
                      {comesFrom.map((from) => (
                        <li key={from}>
                          <StepLink stepId={from} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </div>
              <StepFields step={step} onChange={onChange} />
            </fieldset>
          ) : (
            <StepSummary step={step} />
          )}
        </div>
      </StepFieldContext>
    </article>
  );
}
