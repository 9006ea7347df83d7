import { describe, expect, it } from 'vitest';
import { DEFAULT_TEXTS, type WorkflowDefinition, type WorkflowStep } from '../../../protocol/workflows.ts';
import { advance, MAX_STEPS_PER_CALL } from './engine.ts';
import {
  bilingual,
  click,
  closeStep,
  handoffStep,
  messageStep,
  START,
  typed,
  waitingAt,
  workflow,
  yesNo,
} from './workflow-fixtures.ts';

const EN = { language: 'en', attributes: {} } as const;
const ES = { language: 'es', attributes: {} } as const;

/** Greets, asks yes/no; yes tags, prioritizes, assigns a team and hands off; no closes. */
const SUPPORT = workflow([
  messageStep('hello', 'ask', bilingual('Hello!', '¡Hola!')),
  yesNo('ask', { yes: 'tag', no: 'bye' }),
  { type: 'add_tag', id: 'tag', tag: 'urgent', next: 'priority' },
  { type: 'set_priority', id: 'priority', priority: true, next: 'team' },
  { type: 'assign_team', id: 'team', team_id: '7', next: 'done' },
  handoffStep(),
  closeStep(),
]);

const chain = (length: number): WorkflowStep[] =>
  Array.from({ length }, (_, index) => ({ type: 'add_tag', id: `s${index}`, tag: `t${index}`, next: `s${index + 1}` }));

describe('advance: starting', () => {
  it('runs the steps before the first customer step and waits there with its question and buttons', () => {
    expect(advance(SUPPORT, null, START, EN)).toEqual({
      run: { step_id: 'ask', status: 'waiting', reasks: 0 },
      actions: [
        { type: 'send_message', text: 'Hello!', step_id: 'hello' },
        {
          type: 'send_message',
          text: 'Is it urgent?',
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
          step_id: 'ask',
        },
      ],
      outcome: 'waiting',
    });
  });

  it('starts a run that has not started on any input, without taking it as an answer', () => {
    const result = advance(SUPPORT, null, typed('Yes'), EN);
    expect(result.run).toEqual(waitingAt('ask'));
    expect(result.actions.map((action) => action.type)).toEqual(['send_message', 'send_message']);
  });

  it('speaks Spanish in a Spanish run: messages, questions and button labels', () => {
    const result = advance(SUPPORT, null, START, ES);
    expect(result.actions).toEqual([
      { type: 'send_message', text: '¡Hola!', step_id: 'hello' },
      {
        type: 'send_message',
        text: '¿Es urgente?',
        options: [
          { id: 'yes', label: 'Sí' },
          { id: 'no', label: 'No' },
        ],
        step_id: 'ask',
      },
    ]);
  });

  it('falls back to the other language where a draft lacks a translation', () => {
    const draft = workflow([messageStep('hello', 'done', bilingual('Only English', '')), handoffStep()]);
    expect(advance(draft, null, START, ES).actions[0]).toEqual({
      type: 'send_message',
      text: 'Only English',
      step_id: 'hello',
    });
  });

  it('finishes at once when the start step is terminal', () => {
    const result = advance(workflow([closeStep()]), null, START, EN);
    expect(result).toEqual({
      run: { step_id: 'bye', status: 'finished', reasks: 0 },
      actions: [{ type: 'close', text: 'Bye!' }],
      outcome: 'closed',
    });
  });
});

describe('advance: steps that run straight through', () => {
  it('tags, sets priority and assigns the team in step order, then hands off with the step text', () => {
    const result = advance(SUPPORT, waitingAt('ask'), click('ask', 'yes'), EN);
    expect(result).toEqual({
      run: { step_id: 'done', status: 'finished', reasks: 0 },
      actions: [
        { type: 'set_attribute', name: 'urgent', value: 'yes' },
        { type: 'add_tag', tag: 'urgent' },
        { type: 'set_priority', priority: true },
        { type: 'assign_team', team_id: '7' },
        { type: 'handoff', reason: 'workflow', text: 'A person will help you.' },
      ],
      outcome: 'handed_off',
    });
  });

  it('clears the priority when a set_priority step says false', () => {
    const definition = workflow([{ type: 'set_priority', id: 'calm', priority: false, next: 'done' }, handoffStep()]);
    expect(advance(definition, null, START, EN).actions[0]).toEqual({ type: 'set_priority', priority: false });
  });

  it('closes with the close step text in the run language', () => {
    const result = advance(SUPPORT, waitingAt('ask'), click('ask', 'no'), ES);
    expect(result.outcome).toBe('closed');
    expect(result.run).toEqual({ step_id: 'bye', status: 'finished', reasks: 0 });
    expect(result.actions.at(-1)).toEqual({ type: 'close', text: '¡Adiós!' });
  });

  it.each([
    ['en', DEFAULT_TEXTS.handoff.en],
    ['es', DEFAULT_TEXTS.handoff.es],
  ] as const)('hands off with the default %s text when the handoff step has none', (language, text) => {
    const result = advance(workflow([{ type: 'handoff', id: 'human' }]), null, START, { language, attributes: {} });
    expect(result.actions).toEqual([{ type: 'handoff', reason: 'workflow', text }]);
    expect(result.outcome).toBe('handed_off');
  });
});

describe('advance: inputs that change nothing', () => {
  const finished = { step_id: 'done', status: 'finished', reasks: 0 } as const;

  it.each([START, click('ask', 'yes'), typed('hello?')])('ignores %o on a finished run', (input) => {
    expect(advance(SUPPORT, finished, input, EN)).toEqual({
      run: finished,
      actions: [],
      outcome: 'ignored',
      ignored_reason: 'finished',
    });
  });

  it('ignores a second start on a run that is waiting', () => {
    const result = advance(SUPPORT, waitingAt('ask', 1), START, EN);
    expect(result).toEqual({
      run: waitingAt('ask', 1),
      actions: [],
      outcome: 'ignored',
      ignored_reason: 'already_started',
    });
  });
});

describe('advance: definitions that break at run time', () => {
  it(`hands off with step_limit after ${MAX_STEPS_PER_CALL} steps in one call`, () => {
    const loop = workflow([
      { type: 'add_tag', id: 'a', tag: 'a', next: 'b' },
      { type: 'add_tag', id: 'b', tag: 'b', next: 'a' },
    ]);
    const result = advance(loop, null, START, EN);
    expect(result.actions).toHaveLength(MAX_STEPS_PER_CALL + 1);
    expect(result.actions.at(-1)).toEqual({ type: 'handoff', reason: 'step_limit', text: DEFAULT_TEXTS.handoff.en });
    expect(result.run).toEqual({ step_id: 'a', status: 'finished', reasks: 0 });
    expect(result.outcome).toBe('handed_off');
  });

  it(`runs ${MAX_STEPS_PER_CALL} steps in one call, the last one terminal`, () => {
    const definition = workflow([...chain(MAX_STEPS_PER_CALL - 1), handoffStep(`s${MAX_STEPS_PER_CALL - 1}`)]);
    const result = advance(definition, null, START, EN);
    expect(result.actions.at(-1)).toMatchObject({ type: 'handoff', reason: 'workflow' });
  });

  it(`hands off with step_limit when a chain needs step ${MAX_STEPS_PER_CALL + 1}`, () => {
    const definition = workflow([...chain(MAX_STEPS_PER_CALL), handoffStep(`s${MAX_STEPS_PER_CALL}`)]);
    const result = advance(definition, null, START, EN);
    expect(result.actions.at(-1)).toMatchObject({ type: 'handoff', reason: 'step_limit' });
    expect(result.run.step_id).toBe(`s${MAX_STEPS_PER_CALL}`);
  });

  it('hands off with unknown_step at the step whose next names no step, after what ran before', () => {
    const definition = workflow([messageStep('hello', 'nowhere'), handoffStep()]);
    const result = advance(definition, null, START, EN);
    expect(result.actions).toEqual([
      { type: 'send_message', text: 'Message hello', step_id: 'hello' },
      { type: 'handoff', reason: 'unknown_step', text: DEFAULT_TEXTS.handoff.en },
    ]);
    expect(result.run).toEqual({ step_id: 'hello', status: 'finished', reasks: 0 });
  });

  it('hands off with unknown_step when the start names no step', () => {
    const result = advance({ start: 'missing', steps: [handoffStep()] }, null, START, ES);
    expect(result.actions).toEqual([{ type: 'handoff', reason: 'unknown_step', text: DEFAULT_TEXTS.handoff.es }]);
    expect(result.run).toEqual({ step_id: 'missing', status: 'finished', reasks: 0 });
  });

  it('hands off with unknown_step when the run waits at a step the definition lacks', () => {
    const result = advance(SUPPORT, waitingAt('gone'), typed('hi'), EN);
    expect(result.actions).toEqual([{ type: 'handoff', reason: 'unknown_step', text: DEFAULT_TEXTS.handoff.en }]);
    expect(result.outcome).toBe('handed_off');
  });

  it('hands off with unknown_step when the run waits at a step that asks nothing', () => {
    const result = advance(SUPPORT, waitingAt('hello'), typed('hi'), EN);
    expect(result.actions).toEqual([{ type: 'handoff', reason: 'unknown_step', text: DEFAULT_TEXTS.handoff.en }]);
  });

  it('hands off with unknown_step at a step type it does not know', () => {
    const future = { type: 'webhook', id: 'call', url: 'https://example.com', next: 'done' } as unknown as WorkflowStep;
    const result = advance(workflow([future, handoffStep()]), null, START, EN);
    expect(result.actions).toEqual([{ type: 'handoff', reason: 'unknown_step', text: DEFAULT_TEXTS.handoff.en }]);
    expect(result.run).toEqual({ step_id: 'call', status: 'finished', reasks: 0 });
  });

  it('runs the first of two steps that share an id', () => {
    const definition = workflow([
      messageStep('hello', 'done', bilingual('First', 'Primero')),
      handoffStep(),
      closeStep('done'),
    ]);
    expect(advance(definition, null, START, EN).outcome).toBe('handed_off');
  });
});

describe('advance: purity', () => {
  function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) deepFreeze(inner);
      Object.freeze(value);
    }
    return value;
  }

  it('does not change the definition, the run, the input or the attributes it is given', () => {
    const definition: WorkflowDefinition = deepFreeze(structuredClone(SUPPORT));
    const run = deepFreeze(waitingAt('ask'));
    const input = deepFreeze(click('ask', 'yes'));
    const context = deepFreeze({ language: 'en' as const, attributes: { urgent: 'no', plan: 'pro' } });
    const result = advance(definition, run, input, context);
    expect(result.outcome).toBe('handed_off');
    expect(definition).toEqual(SUPPORT);
    expect(run).toEqual(waitingAt('ask'));
    expect(context.attributes).toEqual({ urgent: 'no', plan: 'pro' });
  });

  it('returns a copy of the run when it ignores an input', () => {
    const run = waitingAt('ask');
    const result = advance(SUPPORT, run, START, EN);
    expect(result.run).toEqual(run);
    expect(result.run).not.toBe(run);
  });

  it('gives the same result for the same arguments', () => {
    const once = advance(SUPPORT, waitingAt('ask'), click('ask', 'yes'), EN);
    const twice = advance(SUPPORT, waitingAt('ask'), click('ask', 'yes'), EN);
    expect(twice).toEqual(once);
  });
});
