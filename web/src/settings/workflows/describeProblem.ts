import type { TFunction } from 'i18next';
import type { WorkflowStepType } from '../../../../protocol/workflows.ts';
import type { FieldPath, WorkflowProblem } from './problems.ts';

/** What a step's `text` is called on its card: the message, the question, the handoff message… */
const TEXT_KEYS = {
  message: 'workflows.fields.message',
  buttons: 'workflows.fields.question',
  text_input: 'workflows.fields.question',
  handoff: 'workflows.fields.handoffText',
  close: 'workflows.fields.closeText',
} as const satisfies Partial<Record<WorkflowStepType, string>>;

const FIELD_KEYS = {
  text: 'workflows.fields.text',
  label: 'workflows.fields.label',
  value: 'workflows.fields.value',
  next: 'workflows.fields.next',
  otherwise: 'workflows.fields.otherwise',
  text_next: 'workflows.fields.textNext',
  reask_text: 'workflows.fields.reaskText',
  invalid_text: 'workflows.fields.invalidText',
  id: 'workflows.fields.id',
  attribute: 'workflows.fields.attribute',
  text_attribute: 'workflows.fields.textAttribute',
  team_id: 'workflows.fields.team',
  tag: 'workflows.fields.tag',
  start: 'workflows.fields.start',
  name: 'workflows.fields.name',
  options: 'workflows.fields.options',
  rules: 'workflows.fields.rules',
} as const;

const PROBLEM_KEYS = {
  duplicate_step_id: 'workflows.problems.duplicate_step_id',
  unknown_start: 'workflows.problems.unknown_start',
  unknown_target: 'workflows.problems.unknown_target',
  missing_translation: 'workflows.problems.missing_translation',
  cannot_end: 'workflows.problems.cannot_end',
  loop_without_customer_step: 'workflows.problems.loop_without_customer_step',
  unreachable_step: 'workflows.problems.unreachable_step',
  missing_text_next: 'workflows.problems.missing_text_next',
  duplicate_option_id: 'workflows.problems.duplicate_option_id',
  unknown_team: 'workflows.problems.unknown_team',
  missing_rule_value: 'workflows.problems.missing_rule_value',
  invalid_id: 'workflows.problems.invalid_id',
  invalid_attribute: 'workflows.problems.invalid_attribute',
  missing_target: 'workflows.problems.missing_target',
  missing_team: 'workflows.problems.missing_team',
  missing_tag: 'workflows.problems.missing_tag',
  missing_value: 'workflows.problems.missing_value',
  missing_name: 'workflows.problems.missing_name',
  needs_one: 'workflows.problems.needs_one',
  too_many: 'workflows.problems.too_many',
  too_long: 'workflows.problems.too_long',
  invalid: 'workflows.problems.invalid',
} as const;

const isKnown = <T extends object>(table: T, key: string | number): key is keyof T & string =>
  typeof key === 'string' && key in table;

/** "Button 2 › Label": where in a step, in the reader's words. */
export function describeField(t: TFunction, path: FieldPath, stepType?: WorkflowStepType): string {
  const wordFor = (part: string, position: string | number | undefined): string => {
    const textKey =
      stepType && path.length === 1 && part === 'text' && stepType in TEXT_KEYS
        ? TEXT_KEYS[stepType as keyof typeof TEXT_KEYS]
        : undefined;
    if (textKey) return t(textKey);
    if (part === 'options' && typeof position === 'number')
      return t('workflows.optionNumber', { number: position + 1 });
    if (part === 'rules' && typeof position === 'number') return t('workflows.ruleNumber', { number: position + 1 });
    if (path[0] === 'rules' && part === 'attribute') return t('workflows.fields.compareAttribute');
    if (path[0] === 'rules' && part === 'value') return t('workflows.fields.compareValue');
    return isKnown(FIELD_KEYS, part) ? t(FIELD_KEYS[part]) : part;
  };
  return path.flatMap((part, index) => (typeof part === 'number' ? [] : [wordFor(part, path[index + 1])])).join(' › ');
}

/** One sentence for a problem: where it is, then what is wrong, in the interface's language. */
export function describeProblem(
  t: TFunction,
  problem: WorkflowProblem,
  locale: string,
  stepType?: WorkflowStepType,
): string {
  const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    problem.languages.map((language) => t(`workflows.languageNames.${language}`)),
  );
  const what = isKnown(PROBLEM_KEYS, problem.code)
    ? t(PROBLEM_KEYS[problem.code], { languages, target: problem.target ?? '' })
    : problem.message;
  const where = describeField(t, problem.path, stepType);
  const sentence = where ? `${where}: ${what}` : what;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
