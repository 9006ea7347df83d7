import { describe, expect, it } from 'vitest';
import {
  ZBotInputSchema,
  ZWorkflowDefinitionSchema,
  ZWorkflowInputSchema,
  ZWorkflowPreviewRequestSchema,
} from '../../../protocol/workflows.ts';
import { DEMO_TRIAGE_WORKFLOW } from './demo-workflow.ts';
import { bilingual, handoffStep, messageStep, workflow } from './workflow-fixtures.ts';

const sound = workflow([messageStep('hello', 'done'), handoffStep()]);
const withStep = (step: unknown) => ({ start: 'hello', steps: [step, handoffStep()] });
const parses = (definition: unknown) => ZWorkflowDefinitionSchema.safeParse(definition).success;

describe('the workflow definition schema', () => {
  it('accepts a sound definition as it is', () => {
    expect(ZWorkflowDefinitionSchema.parse(sound)).toEqual(sound);
  });

  it('refuses unknown keys on the definition and on steps', () => {
    expect(parses({ ...sound, version: 2 })).toBe(false);
    expect(parses(withStep({ ...messageStep('hello', 'done'), delay: 5 }))).toBe(false);
  });

  it('refuses a step type it does not know', () => {
    expect(parses(withStep({ type: 'webhook', id: 'hello', next: 'done' }))).toBe(false);
  });

  it.each(['', 'a b', 'ñandú', 'x'.repeat(41)])('refuses the step id %j', (id) => {
    expect(parses(withStep(messageStep(id, 'done')))).toBe(false);
  });

  it.each(['Topic', '1topic', 'topic-name', ''])('refuses the attribute name %j', (attribute) => {
    const step = {
      type: 'text_input',
      id: 'hello',
      text: bilingual('?', '?'),
      attribute,
      validation: 'none',
      next: 'done',
    };
    expect(parses(withStep(step))).toBe(false);
  });

  it('trims texts and keeps empty translations for validation to report', () => {
    const parsed = ZWorkflowDefinitionSchema.parse(withStep(messageStep('hello', 'done', bilingual('  Hi  ', ''))));
    expect(parsed.steps[0]).toMatchObject({ text: { en: 'Hi', es: '' } });
  });

  it('needs between 1 and 10 options on a buttons step', () => {
    const option = (index: number) => ({ id: `o${index}`, label: bilingual('A', 'A'), value: 'a', next: 'done' });
    const buttons = (count: number) => ({
      type: 'buttons',
      id: 'hello',
      text: bilingual('?', '?'),
      attribute: 'a',
      options: Array.from({ length: count }, (_, index) => option(index)),
      on_text: 'reask',
    });
    expect([0, 1, 10, 11].map((count) => parses(withStep(buttons(count))))).toEqual([false, true, true, false]);
  });

  it('needs between 1 and 200 steps', () => {
    expect(parses({ start: 'a', steps: [] })).toBe(false);
    const steps = Array.from({ length: 201 }, (_, index) => handoffStep(`s${index}`));
    expect(parses({ start: 's0', steps })).toBe(false);
  });

  it('takes a team id only as a string of digits', () => {
    const team = (team_id: unknown) => withStep({ type: 'assign_team', id: 'hello', team_id, next: 'done' });
    expect([parses(team('12')), parses(team(12)), parses(team('sales'))]).toEqual([true, false, false]);
  });
});

describe('the workflow API schemas', () => {
  it('takes a workflow input with a trimmed name, refusing unknown keys', () => {
    const input = { name: '  Triage ', definition: sound };
    expect(ZWorkflowInputSchema.parse(input).name).toBe('Triage');
    expect(ZWorkflowInputSchema.safeParse({ ...input, trigger: 'x' }).success).toBe(false);
    expect(ZWorkflowInputSchema.safeParse({ ...input, name: '   ' }).success).toBe(false);
  });

  it('takes a preview request with a null run and scalar attributes', () => {
    const request = {
      definition: DEMO_TRIAGE_WORKFLOW.definition,
      language: 'es',
      run: null,
      input: { type: 'start' },
      attributes: { plan: 'pro', seats: 3, trial: false, note: null },
    };
    expect(ZWorkflowPreviewRequestSchema.parse(request)).toEqual(request);
  });

  it('refuses a bot input of an unknown type', () => {
    expect(ZBotInputSchema.safeParse({ type: 'click', step_id: 'a', option_id: 'b' }).success).toBe(false);
  });
});
