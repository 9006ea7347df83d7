import { describe, expect, it } from 'vitest';
import { type ButtonsStep, DEFAULT_TEXTS } from '../../../protocol/workflows.ts';
import { advance, MAX_REASKS } from './engine.ts';
import {
  bilingual,
  click,
  converse,
  handoffStep,
  lastResult,
  START,
  typed,
  waitingAt,
  workflow,
  yesNo,
} from './workflow-fixtures.ts';

const EN = { language: 'en', attributes: {} } as const;

const topic: ButtonsStep = {
  type: 'buttons',
  id: 'topic',
  text: bilingual('What can we help you with?', '¿En qué podemos ayudarte?'),
  attribute: 'topic',
  options: [
    { id: 'billing', label: bilingual('Billing', 'Facturación'), value: 'billing', next: 'billing' },
    { id: 'tech', label: bilingual('Technical problem', 'Problema técnico'), value: 'technical', next: 'tech' },
  ],
  on_text: 'reask',
  reask_text: bilingual('Please pick one:', 'Elige una:'),
};
const OPTIONS_EN = [
  { id: 'billing', label: 'Billing' },
  { id: 'tech', label: 'Technical problem' },
];

function triage(step: Partial<ButtonsStep> = {}) {
  return workflow([
    { ...topic, ...step },
    yesNo('billing', { yes: 'human', no: 'human' }),
    { type: 'message', id: 'tech', text: bilingual('Sorry to hear that.', 'Vaya, lo siento.'), next: 'human' },
    { type: 'message', id: 'typed', text: bilingual('Thanks.', 'Gracias.'), next: 'human' },
    handoffStep('human'),
  ]);
}

describe('buttons: clicks', () => {
  it.each([
    ['billing', 'billing', 'billing'],
    ['tech', 'technical', 'tech'],
  ])('a click on %s stores %s into the attribute and goes to %s', (optionId, value, next) => {
    const result = advance(triage(), waitingAt('topic'), click('topic', optionId), EN);
    expect(result.actions[0]).toEqual({ type: 'set_attribute', name: 'topic', value });
    expect(result.actions[1]).toMatchObject({ type: 'send_message', step_id: next });
  });

  it('waits at the next buttons step with a fresh re-ask count', () => {
    const result = advance(triage(), waitingAt('topic', 2), click('topic', 'billing'), EN);
    expect(result.run).toEqual(waitingAt('billing'));
    expect(result.outcome).toBe('waiting');
  });

  it('advances once on a double click: the second click names a step the run has left', () => {
    const conversation = converse(triage(), [START, click('topic', 'billing'), click('topic', 'billing')]);
    const [, first, second] = conversation.results;
    expect(first?.run).toEqual(waitingAt('billing'));
    expect(second).toEqual({
      run: waitingAt('billing'),
      actions: [],
      outcome: 'ignored',
      ignored_reason: 'stale_step',
    });
  });

  it('ignores a button from an earlier question', () => {
    const result = advance(triage(), waitingAt('billing'), click('topic', 'tech'), EN);
    expect(result).toMatchObject({ actions: [], outcome: 'ignored', ignored_reason: 'stale_step' });
  });

  it('ignores an option the step does not have', () => {
    const result = advance(triage(), waitingAt('topic'), click('topic', 'sales'), EN);
    expect(result).toEqual({
      run: waitingAt('topic'),
      actions: [],
      outcome: 'ignored',
      ignored_reason: 'unknown_option',
    });
  });
});

describe('buttons: typing a label counts as its click', () => {
  it.each([
    ['the English label', 'Billing'],
    ['the Spanish label in an English run', 'Facturación'],
    ['the label without accents', 'facturacion'],
    ['the label in capitals with spaces around', '  PROBLEMA  TÉCNICO '],
    ['the label with punctuation around', '¿Billing?'],
  ])('%s', (_, text) => {
    const result = advance(triage(), waitingAt('topic'), typed(text), EN);
    expect(result.actions[0]).toMatchObject({ type: 'set_attribute', name: 'topic' });
    expect(result.run.step_id).not.toBe('topic');
  });

  it('stores the option value, not what was typed', () => {
    const result = advance(triage(), waitingAt('topic'), typed('problema tecnico'), EN);
    expect(result.actions[0]).toEqual({ type: 'set_attribute', name: 'topic', value: 'technical' });
  });

  it('wins over accepting the text as a free answer', () => {
    const definition = triage({ on_text: 'accept', text_attribute: 'topic_text', text_next: 'typed' });
    const result = advance(definition, waitingAt('topic'), typed('facturación'), EN);
    expect(result.actions[0]).toEqual({ type: 'set_attribute', name: 'topic', value: 'billing' });
  });

  it('needs the whole label, not a part of it', () => {
    const result = advance(triage(), waitingAt('topic'), typed('billing please'), EN);
    expect(result.run).toEqual(waitingAt('topic', 1));
  });
});

describe('buttons: other typed text when on_text is reask', () => {
  it('asks again with the reask text and the same buttons, storing nothing', () => {
    const result = advance(triage(), waitingAt('topic'), typed('I want a refund'), EN);
    expect(result).toEqual({
      run: waitingAt('topic', 1),
      actions: [{ type: 'send_message', text: 'Please pick one:', options: OPTIONS_EN, step_id: 'topic' }],
      outcome: 'waiting',
    });
  });

  it.each([
    ['en', DEFAULT_TEXTS.reask.en],
    ['es', DEFAULT_TEXTS.reask.es],
  ] as const)('asks again with the default %s text when the step has none', (language, text) => {
    const result = advance(triage({ reask_text: undefined }), waitingAt('topic'), typed('hmm'), {
      language,
      attributes: {},
    });
    expect(result.actions).toEqual([expect.objectContaining({ type: 'send_message', text })]);
  });

  it(`hands off with no_answer instead of asking a ${MAX_REASKS + 1}rd time`, () => {
    const conversation = converse(triage(), [START, typed('a'), typed('b'), typed('c')]);
    expect(conversation.results.map((result) => result.run.reasks)).toEqual([0, 1, 2, 0]);
    expect(lastResult(conversation)).toEqual({
      run: { step_id: 'topic', status: 'finished', reasks: 0 },
      actions: [{ type: 'handoff', reason: 'no_answer', text: DEFAULT_TEXTS.handoff.en }],
      outcome: 'handed_off',
    });
  });

  it('still takes a click after asking again', () => {
    const conversation = converse(triage(), [START, typed('a'), typed('b'), click('topic', 'tech')]);
    expect(lastResult(conversation).outcome).toBe('handed_off');
    expect(conversation.attributes).toEqual({ topic: 'technical' });
  });

  it('asks again when the text is blank', () => {
    const result = advance(triage(), waitingAt('topic'), typed('   '), EN);
    expect(result.run).toEqual(waitingAt('topic', 1));
  });
});

describe('buttons: other typed text when on_text is accept', () => {
  const accepting = triage({ on_text: 'accept', text_attribute: 'topic_text', text_next: 'typed' });

  it('stores the trimmed text into text_attribute and goes to text_next', () => {
    const result = advance(accepting, waitingAt('topic'), typed('  My invoice is wrong  '), EN);
    expect(result.actions.slice(0, 2)).toEqual([
      { type: 'set_attribute', name: 'topic_text', value: 'My invoice is wrong' },
      { type: 'send_message', text: 'Thanks.', step_id: 'typed' },
    ]);
  });

  it('stores the text into the step attribute when there is no text_attribute', () => {
    const definition = triage({ on_text: 'accept', text_next: 'typed' });
    const result = advance(definition, waitingAt('topic'), typed('Sales'), EN);
    expect(result.actions[0]).toEqual({ type: 'set_attribute', name: 'topic', value: 'Sales' });
  });

  it('keeps the first 1000 characters of a long text', () => {
    const result = advance(accepting, waitingAt('topic'), typed('é'.repeat(1500)), EN);
    expect(result.actions[0]).toEqual({ type: 'set_attribute', name: 'topic_text', value: 'é'.repeat(1000) });
  });

  it('asks again when the text is blank', () => {
    const result = advance(accepting, waitingAt('topic'), typed(' \n '), EN);
    expect(result.run).toEqual(waitingAt('topic', 1));
    expect(result.actions).toEqual([
      { type: 'send_message', text: 'Please pick one:', options: OPTIONS_EN, step_id: 'topic' },
    ]);
  });

  it('hands off with unknown_step when text_next is missing', () => {
    const definition = triage({ on_text: 'accept', text_next: undefined });
    const result = advance(definition, waitingAt('topic'), typed('Sales'), EN);
    expect(result.actions.at(-1)).toEqual({ type: 'handoff', reason: 'unknown_step', text: DEFAULT_TEXTS.handoff.en });
    expect(result.run).toEqual({ step_id: 'topic', status: 'finished', reasks: 0 });
  });
});

describe('buttons: the question', () => {
  it('is asked in Spanish with Spanish labels in a Spanish run', () => {
    const result = advance(triage(), null, START, { language: 'es', attributes: {} });
    expect(result.actions).toEqual([
      {
        type: 'send_message',
        text: '¿En qué podemos ayudarte?',
        options: [
          { id: 'billing', label: 'Facturación' },
          { id: 'tech', label: 'Problema técnico' },
        ],
        step_id: 'topic',
      },
    ]);
  });
});
