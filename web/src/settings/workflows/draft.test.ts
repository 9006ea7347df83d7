import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../../../protocol/workflows.ts';
import { moveStep, NEW_WORKFLOW_DEFINITION, newStep, renameStep, stepsLeadingTo } from './draft.ts';

const text = (en: string, es: string) => ({ en, es });

const triage: WorkflowDefinition = {
  start: 'topic',
  steps: [
    {
      type: 'buttons',
      id: 'topic',
      text: text('What about?', '¿De qué?'),
      attribute: 'topic',
      options: [
        { id: 'billing', label: text('Billing', 'Facturación'), value: 'billing', next: 'handoff' },
        { id: 'other', label: text('Other', 'Otra cosa'), value: 'other', next: 'check' },
      ],
      on_text: 'accept',
      text_next: 'handoff',
    },
    {
      type: 'branch',
      id: 'check',
      rules: [{ attribute: 'topic', operator: 'equals', value: 'other', next: 'handoff' }],
      otherwise: 'handoff',
    },
    { type: 'handoff', id: 'handoff' },
  ],
};

describe('workflow draft edits', () => {
  it('renames a step and every link to it: the start, buttons, typed answers, rules and otherwise', () => {
    const renamed = renameStep(triage, 'handoff', 'to_team');
    expect(renamed.steps[2]?.id).toBe('to_team');
    expect(stepsLeadingTo(renamed, 'to_team')).toEqual(['topic', 'check']);
    expect(stepsLeadingTo(renamed, 'handoff')).toEqual([]);
    expect(renameStep(triage, 'topic', 'first').start).toBe('first');
  });

  it('gives a new step an unused id and points it at the first step that ends the bot’s work', () => {
    const step = newStep(NEW_WORKFLOW_DEFINITION, 'message');
    expect(step).toEqual({ type: 'message', id: 'message', text: text('', ''), next: 'handoff' });
    expect(newStep(triage, 'handoff').id).toBe('handoff_2');
  });

  it('moves a step within the outline and leaves it in place at either end', () => {
    expect(moveStep(triage, 2, -1).steps.map((step) => step.id)).toEqual(['topic', 'handoff', 'check']);
    expect(moveStep(triage, 0, -1)).toBe(triage);
    expect(moveStep(triage, 2, 1)).toBe(triage);
  });
});
