import type { Language } from '../../../protocol/common.ts';
import {
  type BotAction,
  type BotIgnoredReason,
  type BotInput,
  type BotRunState,
  type ButtonOption,
  type ButtonsStep,
  DEFAULT_TEXTS,
  type HandoffReason,
  type LocalizedText,
  type TextInputStep,
  type WorkflowDefinition,
  type WorkflowStep,
} from '../../../protocol/workflows.ts';
import { freeTextAnswer, optionForText, textInputAnswer } from './answers.ts';
import { chooseBranch } from './branch.ts';
import { indexSteps, isCustomerStep } from './steps.ts';

export type { BotAction, BotInput, BotRunState } from '../../../protocol/workflows.ts';

/** Steps run in one call at most; validation refuses the loops that would reach it. */
export const MAX_STEPS_PER_CALL = 100;
/** How many times a customer step asks again before a person takes over. */
export const MAX_REASKS = 2;

export interface BotContext {
  language: Language;
  /** The conversation's custom attributes, as branch steps read them. */
  attributes: Readonly<Record<string, unknown>>;
}

export type AdvanceResult =
  | { run: BotRunState; actions: BotAction[]; outcome: 'waiting' | 'handed_off' | 'closed' }
  | { run: BotRunState; actions: []; outcome: 'ignored'; ignored_reason: BotIgnoredReason };

/** What a waiting run can be answered with. */
type Answer = Exclude<BotInput, { type: 'start' }>;

/** One call's working state: the actions so far and the attributes as they stand after them. */
interface Walk {
  steps: Map<string, WorkflowStep>;
  language: Language;
  attributes: Map<string, unknown>;
  actions: BotAction[];
}

/**
 * Moves a conversation's bot one customer input forward: runs steps until one waits for the customer
 * or ends the bot's work, and returns what to do. Pure: the caller stores the run and carries out the
 * actions. A run that has not started (null) starts, whatever the input. A bad definition never throws:
 * the conversation goes to a person.
 */
export function advance(
  definition: WorkflowDefinition,
  run: BotRunState | null,
  input: BotInput,
  context: BotContext,
): AdvanceResult {
  const walk: Walk = {
    steps: indexSteps(definition.steps),
    language: context.language,
    attributes: new Map(Object.entries(context.attributes)),
    actions: [],
  };
  if (run === null) return runFrom(walk, definition.start, definition.start);
  if (run.status === 'finished') return ignore(run, 'finished');
  if (input.type === 'start') return ignore(run, 'already_started');
  if (input.type === 'button' && input.step_id !== run.step_id) return ignore(run, 'stale_step');
  const step = walk.steps.get(run.step_id);
  if (!step || !isCustomerStep(step)) return handOff(walk, run.step_id, 'unknown_step');
  if (step.type === 'buttons') return answerButtons(walk, step, run, input);
  return answerTextInput(walk, step, run, input);
}

function answerButtons(walk: Walk, step: ButtonsStep, run: BotRunState, input: Answer): AdvanceResult {
  if (input.type === 'button') {
    const option = step.options.find((candidate) => candidate.id === input.option_id);
    return option ? choose(walk, step, option) : ignore(run, 'unknown_option');
  }
  const option = optionForText(step.options, input.text);
  if (option) return choose(walk, step, option);
  const answer = freeTextAnswer(input.text);
  if (step.on_text === 'accept' && answer !== null) {
    setAttribute(walk, step.text_attribute ?? step.attribute, answer);
    if (step.text_next === undefined) return handOff(walk, step.id, 'unknown_step');
    return runFrom(walk, step.text_next, step.id);
  }
  return askAgain(walk, run, 'no_answer', question(walk, step, step.reask_text ?? DEFAULT_TEXTS.reask));
}

function choose(walk: Walk, step: ButtonsStep, option: ButtonOption): AdvanceResult {
  setAttribute(walk, step.attribute, option.value);
  return runFrom(walk, option.next, step.id);
}

function answerTextInput(walk: Walk, step: TextInputStep, run: BotRunState, input: Answer): AdvanceResult {
  if (input.type !== 'text') return ignore(run, 'unexpected_input');
  const answer = textInputAnswer(step.validation, input.text);
  if (answer === null) {
    const text = localize(walk, step.invalid_text ?? defaultInvalidText(step));
    return askAgain(walk, run, 'invalid_answer', { type: 'send_message', text, step_id: step.id });
  }
  setAttribute(walk, step.attribute, answer);
  return runFrom(walk, step.next, step.id);
}

function defaultInvalidText(step: TextInputStep): LocalizedText {
  if (step.validation === 'email') return DEFAULT_TEXTS.invalid_email;
  if (step.validation === 'number') return DEFAULT_TEXTS.invalid_number;
  return DEFAULT_TEXTS.invalid_empty;
}

/** Asks the waiting step's question again, or hands off once it has asked again too often. */
function askAgain(walk: Walk, run: BotRunState, reason: HandoffReason, message: BotAction): AdvanceResult {
  if (run.reasks >= MAX_REASKS) return handOff(walk, run.step_id, reason);
  walk.actions.push(message);
  return wait(walk, run.step_id, run.reasks + 1);
}

/** Runs steps from `stepId` until one waits or ends. `cameFrom` is where a missing step is reported. */
function runFrom(walk: Walk, stepId: string, cameFrom: string): AdvanceResult {
  let id = stepId;
  let previous = cameFrom;
  for (let executed = 0; executed < MAX_STEPS_PER_CALL; executed++) {
    const step = walk.steps.get(id);
    if (!step) return handOff(walk, previous, 'unknown_step');
    const next = execute(walk, step);
    if (typeof next !== 'string') return next;
    previous = id;
    id = next;
  }
  return handOff(walk, id, 'step_limit');
}

/** Carries out one step: the id of the step after it, or the call's result when it waits or ends. */
function execute(walk: Walk, step: WorkflowStep): string | AdvanceResult {
  switch (step.type) {
    case 'message':
      walk.actions.push({ type: 'send_message', text: localize(walk, step.text), step_id: step.id });
      return step.next;
    case 'buttons':
      walk.actions.push(question(walk, step, step.text));
      return wait(walk, step.id);
    case 'text_input':
      walk.actions.push({ type: 'send_message', text: localize(walk, step.text), step_id: step.id });
      return wait(walk, step.id);
    case 'branch':
      return chooseBranch(step, walk.attributes);
    case 'add_tag':
      walk.actions.push({ type: 'add_tag', tag: step.tag });
      return step.next;
    case 'set_priority':
      walk.actions.push({ type: 'set_priority', priority: step.priority });
      return step.next;
    case 'assign_team':
      walk.actions.push({ type: 'assign_team', team_id: step.team_id });
      return step.next;
    case 'handoff':
      return handOff(walk, step.id, 'workflow', step.text);
    case 'close':
      walk.actions.push({ type: 'close', text: localize(walk, step.text) });
      return finish(walk, step.id, 'closed');
    default:
      // A step type this engine does not know (a newer definition): a person takes over.
      return handOff(walk, (step as { id: string }).id, 'unknown_step');
  }
}

function question(walk: Walk, step: ButtonsStep, text: LocalizedText): BotAction {
  const options = step.options.map((option) => ({ id: option.id, label: localize(walk, option.label) }));
  return { type: 'send_message', text: localize(walk, text), options, step_id: step.id };
}

function setAttribute(walk: Walk, name: string, value: string | number) {
  walk.actions.push({ type: 'set_attribute', name, value });
  walk.attributes.set(name, value);
}

function handOff(walk: Walk, stepId: string, reason: HandoffReason, text?: LocalizedText): AdvanceResult {
  const said = text ? localize(walk, text) : '';
  walk.actions.push({ type: 'handoff', reason, text: said || localize(walk, DEFAULT_TEXTS.handoff) });
  return finish(walk, stepId, 'handed_off');
}

function wait(walk: Walk, stepId: string, reasks = 0): AdvanceResult {
  return { run: { step_id: stepId, status: 'waiting', reasks }, actions: walk.actions, outcome: 'waiting' };
}

function finish(walk: Walk, stepId: string, outcome: 'handed_off' | 'closed'): AdvanceResult {
  return { run: { step_id: stepId, status: 'finished', reasks: 0 }, actions: walk.actions, outcome };
}

function ignore(run: BotRunState, reason: BotIgnoredReason): AdvanceResult {
  return { run: { ...run }, actions: [], outcome: 'ignored', ignored_reason: reason };
}

/** The run's language, falling back to the other one where a draft lacks the translation. */
function localize(walk: Walk, text: LocalizedText): string {
  return text[walk.language] || text.en || text.es;
}
