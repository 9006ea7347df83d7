import type {
  ButtonsStep,
  LocalizedText,
  WorkflowDefinition,
  WorkflowStep,
  WorkflowValidationCode,
  WorkflowValidationError,
} from '../../../protocol/workflows.ts';
import { analyzeSteps, type StepGraph } from './graph.ts';
import { indexSteps, stepTargets } from './steps.ts';

export interface ValidationOptions {
  /** The workspace's teams; without it, assign_team steps are not checked. */
  teamIds?: ReadonlySet<string>;
}

/** Where a step's errors are gathered, in field order. */
interface StepCheck {
  step: WorkflowStep;
  known: ReadonlyMap<string, WorkflowStep>;
  errors: WorkflowValidationError[];
}

const RULE_OPERATORS_WITH_VALUE = new Set(['equals', 'not_equals', 'contains']);

/**
 * Everything that keeps a definition from being published, step by step in definition order, then by field.
 * Empty when it can be published.
 */
export function validateDefinition(
  definition: WorkflowDefinition,
  options: ValidationOptions = {},
): WorkflowValidationError[] {
  const known = indexSteps(definition.steps);
  const errors: WorkflowValidationError[] = [];
  const hasStart = known.has(definition.start);
  if (!hasStart) {
    errors.push(error(null, 'unknown_start', `The start step "${definition.start}" does not exist.`));
  }
  const graph = analyzeSteps(known, definition.start);
  definition.steps.forEach((step, position) => {
    // A second step with a taken id is never run; its own fields would only repeat the first's id.
    if (known.get(step.id) !== step) {
      const first = definition.steps.findIndex((other) => other.id === step.id);
      const message = `steps[${position}] uses the id "${step.id}" of steps[${first}]; step ids must be unique.`;
      errors.push(error(step.id, 'duplicate_step_id', message));
      return;
    }
    const check: StepCheck = { step, known, errors };
    checkFields(check, options);
    // Without a start, every step would read as unreachable: the start error says it all.
    if (hasStart) checkPaths(check, graph);
    checkLoop(check, graph);
  });
  return errors;
}

function checkFields(check: StepCheck, options: ValidationOptions) {
  const { step } = check;
  switch (step.type) {
    case 'message':
      checkText(check, 'text', step.text);
      return checkTargets(check);
    case 'buttons':
      return checkButtons(check, step);
    case 'text_input':
      checkText(check, 'text', step.text);
      checkText(check, 'invalid_text', step.invalid_text);
      return checkTargets(check);
    case 'branch':
      step.rules.forEach((rule, index) => {
        if (RULE_OPERATORS_WITH_VALUE.has(rule.operator) && !rule.value) {
          const message = `rules[${index}].value is required by the "${rule.operator}" operator.`;
          add(check, 'missing_rule_value', message);
        }
        checkTarget(check, `rules[${index}].next`, rule.next);
      });
      return checkTarget(check, 'otherwise', step.otherwise);
    case 'assign_team':
      if (options.teamIds && !options.teamIds.has(step.team_id)) {
        add(check, 'unknown_team', `team_id "${step.team_id}" names no team in this workspace.`);
      }
      return checkTargets(check);
    case 'handoff':
    case 'close':
      return checkText(check, 'text', step.text);
    default:
      return checkTargets(check);
  }
}

function checkButtons(check: StepCheck, step: ButtonsStep) {
  checkText(check, 'text', step.text);
  step.options.forEach((option, index) => {
    const first = step.options.findIndex((other) => other.id === option.id);
    if (first !== index) {
      add(check, 'duplicate_option_id', `options[${index}].id "${option.id}" is already used by options[${first}].`);
    }
    checkText(check, `options[${index}].label`, option.label);
    checkTarget(check, `options[${index}].next`, option.next);
  });
  checkText(check, 'reask_text', step.reask_text);
  if (step.on_text !== 'accept') return;
  if (step.text_next === undefined) {
    add(check, 'missing_text_next', 'text_next is required when on_text is "accept": it is where typed answers go.');
    return;
  }
  checkTarget(check, 'text_next', step.text_next);
}

function checkTargets(check: StepCheck) {
  for (const target of stepTargets(check.step)) checkTarget(check, target.field, target.id);
}

function checkTarget(check: StepCheck, field: string, id: string) {
  if (!check.known.has(id)) add(check, 'unknown_target', `${field} names a step that does not exist ("${id}").`);
}

const LANGUAGE_NAMES = { en: 'English (en)', es: 'Spanish (es)' } as const;

function checkText(check: StepCheck, field: string, text: LocalizedText | undefined) {
  if (!text) return;
  const missing = (['en', 'es'] as const).filter((language) => text[language].trim() === '');
  if (missing.length === 0) return;
  const languages = missing.map((language) => LANGUAGE_NAMES[language]).join(' and ');
  add(check, 'missing_translation', `${field} is empty in ${languages}.`);
}

function checkPaths(check: StepCheck, graph: StepGraph) {
  const { id } = check.step;
  if (!graph.reachable.has(id)) {
    add(check, 'unreachable_step', 'No path from the start step leads to this step.');
  } else if (!graph.canEnd.has(id)) {
    add(check, 'cannot_end', 'No handoff or close step can be reached from this step, so the bot would never finish.');
  }
}

function checkLoop(check: StepCheck, graph: StepGraph) {
  const loop = graph.loops.get(check.step.id);
  if (!loop) return;
  const steps = loop.map((id) => `"${id}"`).join(', ');
  add(check, 'loop_without_customer_step', `Loops through ${steps} without ever waiting for the customer.`);
}

function add(check: StepCheck, code: WorkflowValidationCode, message: string) {
  check.errors.push(error(check.step.id, code, message));
}

function error(stepId: string | null, code: WorkflowValidationCode, message: string): WorkflowValidationError {
  return { step_id: stepId, code, message };
}
