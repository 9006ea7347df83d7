import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../../../protocol/workflows.ts';
import { ApiError } from '../../api.ts';
import { checkWorkflowInput, isFieldInvalid, problemsFromError } from './problems.ts';

const definition: WorkflowDefinition = {
  start: 'topic',
  steps: [
    {
      type: 'buttons',
      id: 'topic',
      text: { en: 'What about?', es: '' },
      attribute: 'topic',
      options: [{ id: 'billing', label: { en: 'Billing', es: 'Facturación' }, value: '', next: 'handoff' }],
      on_text: 'reask',
    },
    { type: 'handoff', id: 'handoff' },
  ],
};

describe('workflow problems', () => {
  it('places each of the server’s 422 problems on its step, field and language', () => {
    const error = new ApiError(422, 'missing_translation', 'first', 'definition.steps.topic', [
      {
        code: 'missing_translation',
        message: 'Step "topic": options[0].label is empty in Spanish (es).',
        field: 'definition.steps.topic',
      },
      {
        code: 'unknown_target',
        message: 'Step "topic": options[0].next names a step that does not exist ("gone").',
        field: 'definition.steps.topic',
      },
      { code: 'unknown_start', message: 'The start step "x" does not exist.', field: 'definition' },
    ]);
    const problems = problemsFromError(error, definition);
    expect(problems.map(({ stepId, code, path, languages }) => ({ stepId, code, path, languages }))).toEqual([
      { stepId: 'topic', code: 'missing_translation', path: ['options', 0, 'label'], languages: ['es'] },
      { stepId: 'topic', code: 'unknown_target', path: ['options', 0, 'next'], languages: [] },
      { stepId: null, code: 'unknown_start', path: ['start'], languages: [] },
    ]);
    expect(problems[1]?.target).toBe('gone');
    expect(isFieldInvalid(problems, ['options', 0, 'label'], 'es')).toBe(true);
    expect(isFieldInvalid(problems, ['options', 0, 'label'], 'en')).toBe(false);
  });

  it('checks field formats before sending, naming the step by id rather than by position', () => {
    const problems = checkWorkflowInput({ name: ' ', definition });
    expect(problems.map(({ stepId, code, path }) => ({ stepId, code, path }))).toEqual([
      { stepId: null, code: 'missing_name', path: ['name'] },
      { stepId: 'topic', code: 'missing_value', path: ['options', 0, 'value'] },
    ]);
  });

  it('maps a 400 on a step’s field by its position in the definition', () => {
    const error = new ApiError(400, 'parameter_invalid', 'bad id', 'definition.steps.1.id');
    expect(problemsFromError(error, definition)[0]).toMatchObject({
      stepId: 'handoff',
      path: ['id'],
      code: 'invalid_id',
    });
  });
});
