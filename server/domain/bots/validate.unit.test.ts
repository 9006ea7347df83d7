import { describe, expect, it } from 'vitest';
import type { WorkflowStep } from '../../../protocol/workflows.ts';
import { validateDefinition } from './validate.ts';
import { bilingual, closeStep, handoffStep, messageStep, workflow, yesNo } from './workflow-fixtures.ts';

const codes = (steps: WorkflowStep[], start?: string, teamIds?: Set<string>) =>
  validateDefinition(workflow(steps, start), { teamIds }).map((error) => [error.step_id, error.code]);

describe('validateDefinition', () => {
  it('finds nothing wrong in a sound workflow', () => {
    const steps: WorkflowStep[] = [
      messageStep('hello', 'ask'),
      yesNo('ask', { yes: 'team', no: 'bye' }),
      { type: 'assign_team', id: 'team', team_id: '7', next: 'done' },
      handoffStep(),
      closeStep(),
    ];
    expect(validateDefinition(workflow(steps), { teamIds: new Set(['7']) })).toEqual([]);
  });

  it('reports duplicate_step_id on the later step only, naming both positions', () => {
    const errors = validateDefinition(workflow([messageStep('hello', 'done'), handoffStep(), closeStep('done')]));
    expect(errors).toEqual([
      { step_id: 'done', code: 'duplicate_step_id', message: expect.stringContaining('steps[2]') },
    ]);
    expect(errors[0]?.message).toContain('steps[1]');
  });

  it('does not check the fields of a step whose id is taken', () => {
    const duplicate: WorkflowStep = { type: 'message', id: 'done', text: bilingual('', ''), next: 'nowhere' };
    expect(codes([messageStep('hello', 'done'), handoffStep(), duplicate])).toEqual([['done', 'duplicate_step_id']]);
  });

  it('reports unknown_start without a step, and no unreachable steps then', () => {
    expect(validateDefinition(workflow([handoffStep()], 'begin'))).toEqual([
      { step_id: null, code: 'unknown_start', message: 'The start step "begin" does not exist.' },
    ]);
  });

  it.each([
    ['next', messageStep('hello', 'nowhere')],
    ['options[1].next', yesNo('hello', { yes: 'done', no: 'nowhere' })],
    ['text_next', yesNo('hello', { yes: 'done', no: 'done' }, { on_text: 'accept', text_next: 'nowhere' })],
    [
      'rules[0].next',
      {
        type: 'branch',
        id: 'hello',
        rules: [{ attribute: 'a', operator: 'is_set', next: 'nowhere' }],
        otherwise: 'done',
      },
    ],
    [
      'otherwise',
      {
        type: 'branch',
        id: 'hello',
        rules: [{ attribute: 'a', operator: 'is_set', next: 'done' }],
        otherwise: 'nowhere',
      },
    ],
  ] as [string, WorkflowStep][])('reports unknown_target for %s, naming the field', (field, step) => {
    const errors = validateDefinition(workflow([step, handoffStep()]));
    expect(errors.filter((error) => error.code === 'unknown_target')).toEqual([
      { step_id: 'hello', code: 'unknown_target', message: `${field} names a step that does not exist ("nowhere").` },
    ]);
  });

  it('does not also report cannot_end for the steps before a dangling target', () => {
    expect(codes([messageStep('a', 'b'), messageStep('b', 'nowhere')])).toEqual([['b', 'unknown_target']]);
  });

  it('ignores text_next when typed text is not accepted', () => {
    const step = yesNo('ask', { yes: 'done', no: 'done' }, { text_next: 'nowhere' });
    expect(codes([step, handoffStep()])).toEqual([]);
  });

  it.each([
    ['es', bilingual('Hello', ''), 'text is empty in Spanish (es).'],
    ['en', bilingual('', 'Hola'), 'text is empty in English (en).'],
    ['both languages', bilingual(' ', ''), 'text is empty in English (en) and Spanish (es).'],
  ])('reports missing_translation when %s is empty', (_, text, message) => {
    expect(validateDefinition(workflow([messageStep('hello', 'done', text), handoffStep()]))).toEqual([
      { step_id: 'hello', code: 'missing_translation', message },
    ]);
  });

  it('checks every text of every step type, naming the field', () => {
    const gap = bilingual('Only English', '');
    const ask = yesNo('ask', { yes: 'input', no: 'input' }, { text: gap, reask_text: gap });
    ask.options[1] = { id: 'no', label: gap, value: 'no', next: 'input' };
    const steps: WorkflowStep[] = [
      ask,
      {
        type: 'text_input',
        id: 'input',
        text: gap,
        attribute: 'a',
        validation: 'email',
        invalid_text: gap,
        next: 'bye',
      },
      { type: 'close', id: 'bye', text: gap },
      { type: 'handoff', id: 'human', text: gap },
    ];
    const fields = validateDefinition(workflow(steps))
      .filter((error) => error.code === 'missing_translation')
      .map((error) => `${error.step_id}: ${error.message.split(' ')[0]}`);
    expect(fields).toEqual([
      'ask: text',
      'ask: options[1].label',
      'ask: reask_text',
      'input: text',
      'input: invalid_text',
      'bye: text',
      'human: text',
    ]);
  });

  it('does not ask for a text a handoff step leaves to the default', () => {
    expect(codes([{ type: 'handoff', id: 'human' }])).toEqual([]);
  });

  it('reports cannot_end on every reachable step that can never reach a handoff or close', () => {
    const steps: WorkflowStep[] = [
      messageStep('hello', 'ask'),
      yesNo('ask', { yes: 'ask', no: 'hello' }),
      handoffStep('unused'),
    ];
    expect(codes(steps)).toEqual([
      ['hello', 'cannot_end'],
      ['ask', 'cannot_end'],
      ['unused', 'unreachable_step'],
    ]);
  });

  it('reports loop_without_customer_step on each step of the loop, naming them', () => {
    const steps: WorkflowStep[] = [
      messageStep('hello', 'tag'),
      { type: 'add_tag', id: 'tag', tag: 'x', next: 'check' },
      { type: 'branch', id: 'check', rules: [{ attribute: 'a', operator: 'is_set', next: 'done' }], otherwise: 'tag' },
      handoffStep(),
    ];
    const errors = validateDefinition(workflow(steps));
    expect(errors.map((error) => [error.step_id, error.code])).toEqual([
      ['tag', 'loop_without_customer_step'],
      ['check', 'loop_without_customer_step'],
    ]);
    expect(errors[0]?.message).toBe('Loops through "tag", "check" without ever waiting for the customer.');
  });

  it('reports a step that leads back to itself as a loop', () => {
    const steps: WorkflowStep[] = [
      {
        type: 'branch',
        id: 'again',
        rules: [{ attribute: 'a', operator: 'is_set', next: 'done' }],
        otherwise: 'again',
      },
      handoffStep(),
    ];
    expect(codes(steps)).toEqual([['again', 'loop_without_customer_step']]);
  });

  it('accepts a loop through a customer step', () => {
    const steps: WorkflowStep[] = [
      messageStep('hello', 'ask'),
      yesNo('ask', { yes: 'hello', no: 'done' }),
      handoffStep(),
    ];
    expect(codes(steps)).toEqual([]);
  });

  it('reports unreachable_step on steps no path from the start leads to', () => {
    expect(codes([messageStep('hello', 'done'), handoffStep(), closeStep(), messageStep('orphan', 'bye')])).toEqual([
      ['bye', 'unreachable_step'],
      ['orphan', 'unreachable_step'],
    ]);
  });

  it('reports missing_text_next on buttons that accept typed text without saying where it goes', () => {
    const step = yesNo('ask', { yes: 'done', no: 'done' }, { on_text: 'accept' });
    expect(codes([step, handoffStep()])).toEqual([['ask', 'missing_text_next']]);
  });

  it('reports duplicate_option_id naming both options', () => {
    const step = yesNo('ask', { yes: 'done', no: 'done' });
    step.options.push({ id: 'yes', label: bilingual('Yes!', '¡Sí!'), value: 'yes', next: 'done' });
    expect(validateDefinition(workflow([step, handoffStep()]))).toEqual([
      { step_id: 'ask', code: 'duplicate_option_id', message: 'options[2].id "yes" is already used by options[0].' },
    ]);
  });

  it('reports unknown_team when the workspace has no such team', () => {
    const steps: WorkflowStep[] = [{ type: 'assign_team', id: 'team', team_id: '9', next: 'done' }, handoffStep()];
    expect(codes(steps, undefined, new Set(['7']))).toEqual([['team', 'unknown_team']]);
  });

  it('does not check teams when it is not given them', () => {
    expect(codes([{ type: 'assign_team', id: 'team', team_id: '9', next: 'done' }, handoffStep()])).toEqual([]);
  });

  it.each(['equals', 'not_equals', 'contains'] as const)(
    'reports missing_rule_value for %s without a value',
    (operator) => {
      const steps: WorkflowStep[] = [
        {
          type: 'branch',
          id: 'check',
          rules: [{ attribute: 'a', operator, value: '', next: 'done' }],
          otherwise: 'done',
        },
        handoffStep(),
      ];
      expect(validateDefinition(workflow(steps))).toEqual([
        {
          step_id: 'check',
          code: 'missing_rule_value',
          message: `rules[0].value is required by the "${operator}" operator.`,
        },
      ]);
    },
  );

  it.each(['is_set', 'is_not_set'] as const)('needs no value for %s', (operator) => {
    const steps: WorkflowStep[] = [
      { type: 'branch', id: 'check', rules: [{ attribute: 'a', operator, next: 'done' }], otherwise: 'done' },
      handoffStep(),
    ];
    expect(codes(steps)).toEqual([]);
  });

  it('orders errors by step, then by field', () => {
    const steps: WorkflowStep[] = [
      { type: 'message', id: 'hello', text: bilingual('Hi', ''), next: 'nowhere' },
      {
        type: 'buttons',
        id: 'ask',
        text: bilingual('', 'Hola'),
        attribute: 'a',
        options: [
          { id: 'x', label: bilingual('X', ''), value: 'x', next: 'gone' },
          { id: 'x', label: bilingual('Y', 'Y'), value: 'y', next: 'done' },
        ],
        on_text: 'accept',
      },
      handoffStep(),
    ];
    expect(codes(steps)).toEqual([
      ['hello', 'missing_translation'],
      ['hello', 'unknown_target'],
      ['ask', 'missing_translation'],
      ['ask', 'missing_translation'],
      ['ask', 'unknown_target'],
      ['ask', 'duplicate_option_id'],
      ['ask', 'missing_text_next'],
      ['ask', 'unreachable_step'],
      ['done', 'unreachable_step'],
    ]);
  });
});
