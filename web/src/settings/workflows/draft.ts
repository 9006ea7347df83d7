import type {
  LocalizedText,
  WorkflowDefinition,
  WorkflowStep,
  WorkflowStepType,
} from '../../../../protocol/workflows.ts';

/** Pure edits of a workflow draft, so the editor's components only say what changed. */

export const STEP_TYPES = [
  'message',
  'buttons',
  'text_input',
  'branch',
  'add_tag',
  'set_priority',
  'assign_team',
  'handoff',
  'close',
] as const satisfies readonly WorkflowStepType[];

/** The id a new step of each type starts from; a number is added while it is taken. */
const ID_BASES: Record<WorkflowStepType, string> = {
  message: 'message',
  buttons: 'question',
  text_input: 'typed_answer',
  branch: 'branch',
  add_tag: 'tag',
  set_priority: 'priority',
  assign_team: 'assign_team',
  handoff: 'handoff',
  close: 'close',
};

export const emptyText = (): LocalizedText => ({ en: '', es: '' });

/** What a new workflow starts as: one step that hands the conversation to a person. */
export const NEW_WORKFLOW_DEFINITION: WorkflowDefinition = {
  start: 'handoff',
  steps: [{ type: 'handoff', id: 'handoff' }],
};

export function uniqueStepId(definition: WorkflowDefinition, base: string): string {
  const taken = new Set(definition.steps.map((step) => step.id));
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}_${number}`)) number++;
  return `${base}_${number}`;
}

/** `option_1`, `option_2`…: the first one a buttons step does not use yet. */
export function nextOptionId(options: readonly { id: string }[]): string {
  const taken = new Set(options.map((option) => option.id));
  let number = 1;
  while (taken.has(`option_${number}`)) number++;
  return `option_${number}`;
}

/** Where a new step goes on to at first: the first step that ends the bot's work, if any. */
function firstEnd(definition: WorkflowDefinition): string {
  return definition.steps.find((step) => step.type === 'handoff' || step.type === 'close')?.id ?? '';
}

/** A new step of `type` with an unused id and empty fields to fill in. */
export function newStep(definition: WorkflowDefinition, type: WorkflowStepType): WorkflowStep {
  const id = uniqueStepId(definition, ID_BASES[type]);
  const next = firstEnd(definition);
  switch (type) {
    case 'message':
      return { type, id, text: emptyText(), next };
    case 'buttons':
      return {
        type,
        id,
        text: emptyText(),
        attribute: id,
        options: [{ id: 'option_1', label: emptyText(), value: 'option_1', next }],
        on_text: 'reask',
      };
    case 'text_input':
      return { type, id, text: emptyText(), attribute: id, validation: 'none', next };
    case 'branch':
      return { type, id, rules: [{ attribute: '', operator: 'equals', value: '', next }], otherwise: next };
    case 'add_tag':
      return { type, id, tag: '', next };
    case 'set_priority':
      return { type, id, priority: true, next };
    case 'assign_team':
      return { type, id, team_id: '', next };
    case 'handoff':
      return { type, id };
    case 'close':
      return { type, id, text: emptyText() };
  }
}

export function addStep(definition: WorkflowDefinition, step: WorkflowStep): WorkflowDefinition {
  return { ...definition, steps: [...definition.steps, step] };
}

export function replaceStep(definition: WorkflowDefinition, index: number, step: WorkflowStep): WorkflowDefinition {
  return { ...definition, steps: definition.steps.map((current, at) => (at === index ? step : current)) };
}

/** Removes a step; whatever pointed at it keeps the id, which validation then reports. */
export function removeStep(definition: WorkflowDefinition, index: number): WorkflowDefinition {
  return { ...definition, steps: definition.steps.filter((_, at) => at !== index) };
}

/** Moves a step one place up (-1) or down (+1) in the outline; order does not change where steps lead. */
export function moveStep(definition: WorkflowDefinition, index: number, offset: -1 | 1): WorkflowDefinition {
  const target = index + offset;
  const steps = [...definition.steps];
  const [moved] = steps.splice(index, 1);
  if (!moved || target < 0 || target > steps.length) return definition;
  steps.splice(target, 0, moved);
  return { ...definition, steps };
}

/** Every step id a step can go on to, in field order (text_next only where typed text is accepted). */
export function stepTargets(step: WorkflowStep): string[] {
  switch (step.type) {
    case 'buttons': {
      const targets = step.options.map((option) => option.next);
      return step.on_text === 'accept' && step.text_next !== undefined ? [...targets, step.text_next] : targets;
    }
    case 'branch':
      return [...step.rules.map((rule) => rule.next), step.otherwise];
    case 'handoff':
    case 'close':
      return [];
    default:
      return [step.next];
  }
}

function retarget(step: WorkflowStep, from: string, to: string): WorkflowStep {
  const swap = (id: string) => (id === from ? to : id);
  switch (step.type) {
    case 'buttons':
      return {
        ...step,
        options: step.options.map((option) => ({ ...option, next: swap(option.next) })),
        ...(step.text_next === undefined ? {} : { text_next: swap(step.text_next) }),
      };
    case 'branch':
      return {
        ...step,
        rules: step.rules.map((rule) => ({ ...rule, next: swap(rule.next) })),
        otherwise: swap(step.otherwise),
      };
    case 'handoff':
    case 'close':
      return step;
    default:
      return { ...step, next: swap(step.next) };
  }
}

/** Gives a step a new id, and points the start and every link to it at the new id. */
export function renameStep(definition: WorkflowDefinition, from: string, to: string): WorkflowDefinition {
  return {
    start: definition.start === from ? to : definition.start,
    steps: definition.steps.map((step) => retarget(step.id === from ? { ...step, id: to } : step, from, to)),
  };
}

/** The ids of the steps that lead to `id`, in outline order. */
export function stepsLeadingTo(definition: WorkflowDefinition, id: string): string[] {
  return definition.steps.filter((step) => stepTargets(step).includes(id)).map((step) => step.id);
}

/** The attribute names the draft's questions store, for branch rules to pick from. */
export function collectedAttributes(definition: WorkflowDefinition): string[] {
  const names = new Set<string>();
  for (const step of definition.steps) {
    if (step.type === 'buttons') {
      names.add(step.attribute);
      if (step.on_text === 'accept') names.add(step.text_attribute ?? step.attribute);
    }
    if (step.type === 'text_input') names.add(step.attribute);
  }
  return [...names].filter((name) => name !== '');
}
