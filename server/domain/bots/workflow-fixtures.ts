import type { Language } from '../../../protocol/common.ts';
import type {
  BotInput,
  BotRunState,
  ButtonsStep,
  LocalizedText,
  WorkflowDefinition,
  WorkflowStep,
} from '../../../protocol/workflows.ts';
import { type AdvanceResult, advance } from './engine.ts';

/** Test helpers for the bot engine and validation. */

export const bilingual = (en: string, es: string): LocalizedText => ({ en, es });

export const START: BotInput = { type: 'start' };
export const click = (stepId: string, optionId: string): BotInput => ({
  type: 'button',
  step_id: stepId,
  option_id: optionId,
});
export const typed = (text: string): BotInput => ({ type: 'text', text });
export const waitingAt = (stepId: string, reasks = 0): BotRunState => ({ step_id: stepId, status: 'waiting', reasks });

export function workflow(steps: WorkflowStep[], start = steps[0]?.id ?? 'start'): WorkflowDefinition {
  return { start, steps };
}

/** A buttons step with yes/no options, asking again on typed text unless told otherwise. */
export function yesNo(id: string, next: { yes: string; no: string }, extra: Partial<ButtonsStep> = {}): ButtonsStep {
  return {
    type: 'buttons',
    id,
    text: bilingual('Is it urgent?', '¿Es urgente?'),
    attribute: 'urgent',
    options: [
      { id: 'yes', label: bilingual('Yes', 'Sí'), value: 'yes', next: next.yes },
      { id: 'no', label: bilingual('No', 'No'), value: 'no', next: next.no },
    ],
    on_text: 'reask',
    ...extra,
  };
}

export const handoffStep = (id = 'done'): WorkflowStep => ({
  type: 'handoff',
  id,
  text: bilingual('A person will help you.', 'Te atiende una persona.'),
});

export const closeStep = (id = 'bye'): WorkflowStep => ({ type: 'close', id, text: bilingual('Bye!', '¡Adiós!') });

export const messageStep = (
  id: string,
  next: string,
  text: LocalizedText = bilingual(`Message ${id}`, `Mensaje ${id}`),
): WorkflowStep => ({ type: 'message', id, text, next });

export interface Conversation {
  results: AdvanceResult[];
  run: BotRunState | null;
  attributes: Record<string, unknown>;
}

/** Plays inputs one after another as the server would: keeping the run and applying set_attribute actions. */
export function converse(
  definition: WorkflowDefinition,
  inputs: BotInput[],
  { language = 'en', attributes = {} }: { language?: Language; attributes?: Record<string, unknown> } = {},
): Conversation {
  const conversation: Conversation = { results: [], run: null, attributes: { ...attributes } };
  for (const input of inputs) {
    const result = advance(definition, conversation.run, input, { language, attributes: conversation.attributes });
    for (const action of result.actions) {
      if (action.type === 'set_attribute')
        conversation.attributes = { ...conversation.attributes, [action.name]: action.value };
    }
    conversation.results.push(result);
    conversation.run = result.run;
  }
  return conversation;
}

/** The last result of a conversation. */
export function lastResult(conversation: Conversation): AdvanceResult {
  const result = conversation.results.at(-1);
  if (!result) throw new Error('No input was played');
  return result;
}
