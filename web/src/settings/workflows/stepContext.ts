import { createContext, useContext } from 'react';
import type { Language } from '../../../../protocol/common.ts';
import type { Team } from '../../../../protocol/teams.ts';
import type { WorkflowDefinition } from '../../../../protocol/workflows.ts';
import { type FieldPath, isFieldInvalid, type WorkflowProblem } from './problems.ts';

/** What every field of the editor may need: the whole draft (for targets), the teams, and whether it can change. */
export interface WorkflowEditorContextValue {
  definition: WorkflowDefinition;
  teams: readonly Team[];
  isReadOnly: boolean;
  /** Scrolls to a step's card and focuses it. */
  jumpTo: (stepId: string) => void;
}

export const WorkflowEditorContext = createContext<WorkflowEditorContextValue | null>(null);

export function useWorkflowEditor(): WorkflowEditorContextValue {
  const value = useContext(WorkflowEditorContext);
  if (!value) throw new Error('useWorkflowEditor must be used inside the workflow editor');
  return value;
}

/** The step a field belongs to: its problems, and the id of the list that describes them. */
export interface StepFieldContextValue {
  problems: readonly WorkflowProblem[];
  problemsId: string;
}

export const StepFieldContext = createContext<StepFieldContextValue>({ problems: [], problemsId: '' });

/** `aria-invalid` and `aria-describedby` for a field, from the problems of its step. */
export function useFieldProblem(path: FieldPath, language?: Language) {
  const { problems, problemsId } = useContext(StepFieldContext);
  const isInvalid = isFieldInvalid(problems, path, language);
  return {
    isInvalid,
    props: isInvalid ? { 'aria-invalid': true as const, 'aria-describedby': problemsId } : {},
  };
}
