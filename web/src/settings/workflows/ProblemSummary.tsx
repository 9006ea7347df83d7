import { useTranslation } from 'react-i18next';
import { describeProblem } from './describeProblem.ts';
import type { WorkflowProblem } from './problems.ts';
import { useWorkflowEditor } from './stepContext.ts';

/** Above the outline: how many problems keep the draft from being saved, each a link to its step. */
export function ProblemSummary({ problems }: { problems: readonly WorkflowProblem[] }) {
  const { t, i18n } = useTranslation();
  const { definition, jumpTo } = useWorkflowEditor();
  const typeOf = (stepId: string | null) => definition.steps.find((step) => step.id === stepId)?.type;
  return (
    <div id="workflow-problems" role="alert" className="problem-summary" tabIndex={-1}>
      {problems.length === 0 ? null : (
        <>
          <p className="problem-summary-title">{t('workflows.problemCount', { count: problems.length })}</p>
          <ul>
            {problems.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity; the list is replaced whole
              <li key={index}>
                {problem.stepId === null ? (
                  describeProblem(t, problem, i18n.language, typeOf(problem.stepId))
                ) : (
                  <>
                    <a
                      href={`#step-${problem.stepId}`}
                      className="step-link"
                      onClick={(event) => {
                        event.preventDefault();
                        if (problem.stepId) jumpTo(problem.stepId);
                      }}
                    >
                      {problem.stepId}
                    </a>{' '}
                    {describeProblem(t, problem, i18n.language, typeOf(problem.stepId))}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
