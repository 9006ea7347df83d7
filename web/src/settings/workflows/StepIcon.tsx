import type { WorkflowStepType } from '../../../../protocol/workflows.ts';
import { STEP_TYPE_KIND } from './stepTypes.ts';

const PATHS: Record<WorkflowStepType, string> = {
  message: 'M4 5h16v10H9l-5 4z',
  buttons: 'M4 5h16v6H4zM4 14h7v5H4zM13 14h7v5h-7z',
  text_input: 'M4 7h16v10H4zM8 10v4',
  branch: 'M6 4v6a4 4 0 0 0 4 4h8M6 10v10M15 11l3 3-3 3',
  add_tag: 'M4 4h8l8 8-8 8-8-8zM8.5 8.5h.01',
  set_priority: 'M12 4v10M12 18v2',
  assign_team: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M17 11a3 3 0 1 0 0-6M21 20a6 6 0 0 0-4-5.6',
  handoff: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  close: 'M5 12l5 5L20 7',
};

/** A step type's small pictogram, coloured by what the step does. */
export function StepIcon({ type }: { type: WorkflowStepType }) {
  return (
    <span className={`step-icon kind-${STEP_TYPE_KIND[type]}`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
        <path d={PATHS[type]} />
      </svg>
    </span>
  );
}
