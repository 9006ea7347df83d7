import { useTranslation } from 'react-i18next';
import { useWorkflowEditor } from './stepContext.ts';

/** A step's id as a chip that jumps to its card; a missing step is shown as such. */
export function StepLink({ stepId, hasArrow }: { stepId: string; hasArrow?: boolean }) {
  const { t } = useTranslation();
  const { definition, jumpTo } = useWorkflowEditor();
  if (!definition.steps.some((step) => step.id === stepId)) {
    return <span className="step-link is-missing">{t('workflows.missingStep', { id: stepId || '—' })}</span>;
  }
  return (
    <a
      className="step-link"
      href={`#step-${stepId}`}
      aria-label={t('workflows.goToStep', { id: stepId })}
      onClick={(event) => {
        event.preventDefault();
        jumpTo(stepId);
      }}
    >
      {hasArrow ? <span aria-hidden="true">→ </span> : null}
      {stepId}
    </a>
  );
}
