import type { WorkflowStepType } from '../../../../protocol/workflows.ts';

/** Each step type's name and one-line description, as i18n keys. */
export const STEP_TYPE_LABELS = {
  message: 'workflows.types.message',
  buttons: 'workflows.types.buttons',
  text_input: 'workflows.types.text_input',
  branch: 'workflows.types.branch',
  add_tag: 'workflows.types.add_tag',
  set_priority: 'workflows.types.set_priority',
  assign_team: 'workflows.types.assign_team',
  handoff: 'workflows.types.handoff',
  close: 'workflows.types.close',
} as const satisfies Record<WorkflowStepType, string>;

export const STEP_TYPE_HINTS = {
  message: 'workflows.typeHints.message',
  buttons: 'workflows.typeHints.buttons',
  text_input: 'workflows.typeHints.text_input',
  branch: 'workflows.typeHints.branch',
  add_tag: 'workflows.typeHints.add_tag',
  set_priority: 'workflows.typeHints.set_priority',
  assign_team: 'workflows.typeHints.assign_team',
  handoff: 'workflows.typeHints.handoff',
  close: 'workflows.typeHints.close',
} as const satisfies Record<WorkflowStepType, string>;

/** The colour family of a step's icon: what the customer sees, what waits, what acts, what ends. */
export const STEP_TYPE_KIND: Record<WorkflowStepType, 'say' | 'ask' | 'route' | 'act' | 'end'> = {
  message: 'say',
  buttons: 'ask',
  text_input: 'ask',
  branch: 'route',
  add_tag: 'act',
  set_priority: 'act',
  assign_team: 'act',
  handoff: 'end',
  close: 'end',
};
