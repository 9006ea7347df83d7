import type { ButtonsStep, TextInputStep, WorkflowStep } from '../../../protocol/workflows.ts';

/** Steps by id. A duplicated id resolves to its first step, at run time and in validation alike. */
export function indexSteps(steps: readonly WorkflowStep[]): Map<string, WorkflowStep> {
  const index = new Map<string, WorkflowStep>();
  for (const step of steps) {
    if (!index.has(step.id)) index.set(step.id, step);
  }
  return index;
}

/** A step that waits for the customer. */
export function isCustomerStep(step: WorkflowStep): step is ButtonsStep | TextInputStep {
  return step.type === 'buttons' || step.type === 'text_input';
}

export function isTerminalStep(step: WorkflowStep): boolean {
  return step.type === 'handoff' || step.type === 'close';
}

export interface StepTarget {
  /** Where the id is written, e.g. `options[1].next`. */
  field: string;
  id: string;
}

/** The steps a step can go on to, in field order. `text_next` counts only where typed text is accepted. */
export function stepTargets(step: WorkflowStep): StepTarget[] {
  switch (step.type) {
    case 'buttons': {
      const targets = step.options.map((option, index) => ({ field: `options[${index}].next`, id: option.next }));
      if (step.on_text === 'accept' && step.text_next !== undefined) {
        targets.push({ field: 'text_next', id: step.text_next });
      }
      return targets;
    }
    case 'branch':
      return [
        ...step.rules.map((rule, index) => ({ field: `rules[${index}].next`, id: rule.next })),
        { field: 'otherwise', id: step.otherwise },
      ];
    case 'handoff':
    case 'close':
      return [];
    default:
      return [{ field: 'next', id: step.next }];
  }
}
