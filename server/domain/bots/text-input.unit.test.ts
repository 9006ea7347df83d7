import { describe, expect, it } from 'vitest';
import { DEFAULT_TEXTS, type TextInputStep } from '../../../protocol/workflows.ts';
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
} from './workflow-fixtures.ts';

const EN = { language: 'en', attributes: {} } as const;

function asking(validation: TextInputStep['validation'], extra: Partial<TextInputStep> = {}) {
  return workflow([
    {
      type: 'text_input',
      id: 'ask',
      text: bilingual('Your answer?', '¿Tu respuesta?'),
      attribute: 'answer',
      validation,
      next: 'done',
      ...extra,
    },
    handoffStep(),
  ]);
}

const answer = (validation: TextInputStep['validation'], text: string) =>
  advance(asking(validation), waitingAt('ask'), typed(text), EN);

describe('text_input: asking', () => {
  it('sends its question without buttons and waits', () => {
    expect(advance(asking('none'), null, START, EN)).toEqual({
      run: waitingAt('ask'),
      actions: [{ type: 'send_message', text: 'Your answer?', step_id: 'ask' }],
      outcome: 'waiting',
    });
  });

  it('ignores a button as unexpected input', () => {
    expect(advance(asking('none'), waitingAt('ask', 1), click('ask', 'yes'), EN)).toEqual({
      run: waitingAt('ask', 1),
      actions: [],
      outcome: 'ignored',
      ignored_reason: 'unexpected_input',
    });
  });
});

describe('text_input: validation none', () => {
  it('stores the trimmed text and goes on', () => {
    const result = answer('none', '  It crashes on login \n');
    expect(result.actions).toEqual([
      { type: 'set_attribute', name: 'answer', value: 'It crashes on login' },
      { type: 'handoff', reason: 'workflow', text: 'A person will help you.' },
    ]);
  });

  it('keeps the first 1000 characters', () => {
    expect(answer('none', 'x'.repeat(1001)).actions[0]).toEqual({
      type: 'set_attribute',
      name: 'answer',
      value: 'x'.repeat(1000),
    });
  });

  it('asks again with the default text when the answer is blank', () => {
    expect(answer('none', '   ')).toEqual({
      run: waitingAt('ask', 1),
      actions: [{ type: 'send_message', text: DEFAULT_TEXTS.invalid_empty.en, step_id: 'ask' }],
      outcome: 'waiting',
    });
  });
});

describe('text_input: validation email', () => {
  it('stores the address trimmed and in lower case', () => {
    expect(answer('email', '  Ana.Lopez@Example.COM ').actions[0]).toEqual({
      type: 'set_attribute',
      name: 'answer',
      value: 'ana.lopez@example.com',
    });
  });

  it.each(['ana', 'ana@', 'my email is ana@example.com', '@example.com'])('refuses %j', (text) => {
    expect(answer('email', text)).toEqual({
      run: waitingAt('ask', 1),
      actions: [{ type: 'send_message', text: DEFAULT_TEXTS.invalid_email.en, step_id: 'ask' }],
      outcome: 'waiting',
    });
  });

  it('says the default invalid text in Spanish in a Spanish run', () => {
    const result = advance(asking('email'), waitingAt('ask'), typed('ana'), { language: 'es', attributes: {} });
    expect(result.actions).toEqual([{ type: 'send_message', text: DEFAULT_TEXTS.invalid_email.es, step_id: 'ask' }]);
  });
});

describe('text_input: validation number', () => {
  it.each([
    ['42', 42],
    [' -3.5 ', -3.5],
    ['1,5', 1.5],
    ['+7', 7],
    ['.5', 0.5],
    ['007', 7],
  ])('stores %j as the number %d', (text, value) => {
    expect(answer('number', text).actions[0]).toEqual({ type: 'set_attribute', name: 'answer', value });
  });

  it.each(['abc', '12 apples', '1.000,5', '1e3', '', '3-4', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(answer('number', text)).toEqual({
      run: waitingAt('ask', 1),
      actions: [{ type: 'send_message', text: DEFAULT_TEXTS.invalid_number.en, step_id: 'ask' }],
      outcome: 'waiting',
    });
  });
});

describe('text_input: invalid answers', () => {
  it('says the step invalid_text when it has one', () => {
    const definition = asking('number', {
      invalid_text: bilingual('Just the number of seats.', 'Solo el número de puestos.'),
    });
    const result = advance(definition, waitingAt('ask'), typed('many'), { language: 'es', attributes: {} });
    expect(result.actions).toEqual([{ type: 'send_message', text: 'Solo el número de puestos.', step_id: 'ask' }]);
  });

  it(`hands off with invalid_answer instead of asking a ${MAX_REASKS + 1}rd time`, () => {
    const conversation = converse(asking('email'), [START, typed('a'), typed('b'), typed('c')]);
    expect(conversation.results.map((result) => result.outcome)).toEqual([
      'waiting',
      'waiting',
      'waiting',
      'handed_off',
    ]);
    expect(lastResult(conversation).actions).toEqual([
      { type: 'handoff', reason: 'invalid_answer', text: DEFAULT_TEXTS.handoff.en },
    ]);
    expect(conversation.attributes).toEqual({});
  });

  it('takes a valid answer after invalid ones', () => {
    const conversation = converse(asking('email'), [START, typed('a'), typed('b'), typed('ana@example.com')]);
    expect(lastResult(conversation).actions[0]).toEqual({
      type: 'set_attribute',
      name: 'answer',
      value: 'ana@example.com',
    });
    expect(lastResult(conversation).actions[1]).toMatchObject({ type: 'handoff', reason: 'workflow' });
  });
});
