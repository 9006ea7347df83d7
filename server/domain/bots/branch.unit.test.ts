import { describe, expect, it } from 'vitest';
import type { BranchRule, WorkflowStep } from '../../../protocol/workflows.ts';
import { matchesRule } from './branch.ts';
import { advance } from './engine.ts';
import { bilingual, click, closeStep, handoffStep, START, waitingAt, workflow, yesNo } from './workflow-fixtures.ts';

const rule = (operator: BranchRule['operator'], value?: string): BranchRule => ({
  attribute: 'plan',
  operator,
  value,
  next: 'x',
});

describe('branch rules', () => {
  it.each([
    ['equals', 'pro', 'pro', true],
    ['equals', 'Pro', 'PRO', true],
    ['equals', 'pro', 'premium', false],
    ['equals', 'pro', undefined, false],
    ['equals', '42', 42, true],
    ['equals', 'true', true, true],
    ['not_equals', 'pro', 'free', true],
    ['not_equals', 'pro', 'PRO', false],
    ['not_equals', 'pro', undefined, true],
    ['contains', 'pay', 'Payment failed', true],
    ['contains', 'PAY', 'repayment', true],
    ['contains', 'refund', 'Payment failed', false],
    ['contains', 'pay', null, false],
  ] as const)('%s %j against %j is %s', (operator, value, attribute, expected) => {
    expect(matchesRule(rule(operator, value), attribute)).toBe(expected);
  });

  it.each([
    ['a text', 'pro', true],
    ['a number', 0, true],
    ['false', false, true],
    ['absent', undefined, false],
    ['null', null, false],
    ['blank', '  ', false],
  ] as const)('is_set / is_not_set when the attribute is %s', (_, attribute, isSet) => {
    expect(matchesRule(rule('is_set'), attribute)).toBe(isSet);
    expect(matchesRule(rule('is_not_set'), attribute)).toBe(!isSet);
  });
});

describe('branch steps', () => {
  const routing: WorkflowStep = {
    type: 'branch',
    id: 'route',
    rules: [
      { attribute: 'plan', operator: 'equals', value: 'enterprise', next: 'vip' },
      { attribute: 'plan', operator: 'is_set', next: 'paying' },
      { attribute: 'urgent', operator: 'equals', value: 'yes', next: 'vip' },
    ],
    otherwise: 'everyone',
  };
  const definition = workflow([
    routing,
    { type: 'assign_team', id: 'vip', team_id: '1', next: 'done' },
    { type: 'assign_team', id: 'paying', team_id: '2', next: 'done' },
    { type: 'assign_team', id: 'everyone', team_id: '3', next: 'done' },
    handoffStep(),
  ]);
  const teamFor = (attributes: Record<string, unknown>) =>
    advance(definition, null, START, { language: 'en', attributes }).actions[0];

  it('goes where the first matching rule says', () => {
    expect(teamFor({ plan: 'Enterprise', urgent: 'yes' })).toEqual({ type: 'assign_team', team_id: '1' });
    expect(teamFor({ plan: 'starter', urgent: 'yes' })).toEqual({ type: 'assign_team', team_id: '2' });
  });

  it('goes to a later rule when the earlier ones do not match', () => {
    expect(teamFor({ urgent: 'yes' })).toEqual({ type: 'assign_team', team_id: '1' });
  });

  it('goes to otherwise when no rule matches', () => {
    expect(teamFor({ urgent: 'no' })).toEqual({ type: 'assign_team', team_id: '3' });
  });

  it('does not read inherited object keys as attributes', () => {
    const byConstructor = workflow([
      {
        type: 'branch',
        id: 'check',
        rules: [{ attribute: 'constructor', operator: 'is_set', next: 'bye' }],
        otherwise: 'done',
      },
      handoffStep(),
      closeStep(),
    ]);
    expect(advance(byConstructor, null, START, { language: 'en', attributes: {} }).outcome).toBe('handed_off');
  });

  it('reads an attribute a button set earlier in the same call, over the one the conversation had', () => {
    const afterQuestion = workflow([
      yesNo('ask', { yes: 'route', no: 'route' }),
      { ...routing, rules: [{ attribute: 'urgent', operator: 'equals', value: 'yes', next: 'vip' }] },
      { type: 'assign_team', id: 'vip', team_id: '1', next: 'done' },
      { type: 'assign_team', id: 'everyone', team_id: '3', next: 'done' },
      handoffStep(),
    ]);
    const result = advance(afterQuestion, waitingAt('ask'), click('ask', 'yes'), {
      language: 'en',
      attributes: { urgent: 'no' },
    });
    expect(result.actions.slice(0, 2)).toEqual([
      { type: 'set_attribute', name: 'urgent', value: 'yes' },
      { type: 'assign_team', team_id: '1' },
    ]);
  });

  it('sends nothing itself', () => {
    const definition = workflow([
      { type: 'branch', id: 'b', rules: [{ attribute: 'a', operator: 'is_set', next: 'done' }], otherwise: 'done' },
      { type: 'handoff', id: 'done', text: bilingual('Bye', 'Adiós') },
    ]);
    expect(advance(definition, null, START, { language: 'en', attributes: {} }).actions).toEqual([
      { type: 'handoff', reason: 'workflow', text: 'Bye' },
    ]);
  });
});
