import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchOperator, BranchRule, BranchStep } from '../../../../protocol/workflows.ts';
import { collectedAttributes } from './draft.ts';
import { PlainField } from './PlainField.tsx';
import { useWorkflowEditor } from './stepContext.ts';
import { TargetField } from './TargetField.tsx';

const OPERATORS: readonly BranchOperator[] = ['equals', 'not_equals', 'contains', 'is_set', 'is_not_set'];
const OPERATORS_WITH_VALUE = new Set<BranchOperator>(['equals', 'not_equals', 'contains']);
const MAX_RULES = 20;

interface BranchFieldsProps {
  step: BranchStep;
  onChange: (step: BranchStep) => void;
}

/** Rules tried in order on the answers so far; the first that matches decides, else "otherwise". */
export function BranchFields({ step, onChange }: BranchFieldsProps) {
  const { t } = useTranslation();
  const { definition } = useWorkflowEditor();
  const attributesId = useId();
  const setRule = (index: number, rule: BranchRule) =>
    onChange({ ...step, rules: step.rules.map((current, at) => (at === index ? rule : current)) });

  function addRule() {
    const next = step.rules.at(-1)?.next ?? step.otherwise;
    onChange({ ...step, rules: [...step.rules, { attribute: '', operator: 'equals', value: '', next }] });
  }

  return (
    <>
      <datalist id={attributesId}>
        {collectedAttributes(definition).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <fieldset className="sub-list">
        <legend>{t('workflows.fields.rules')}</legend>
        <ol className="option-list">
          {step.rules.map((rule, index) => (
            <RuleRow
              // Rules have no id of their own; their place in the list is what identifies them.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              index={index}
              rule={rule}
              attributesId={attributesId}
              canRemove={step.rules.length > 1}
              onChange={(changed) => setRule(index, changed)}
              onRemove={() => onChange({ ...step, rules: step.rules.filter((_, at) => at !== index) })}
            />
          ))}
        </ol>
        {step.rules.length < MAX_RULES ? (
          <button type="button" className="button secondary small" onClick={addRule}>
            {t('workflows.addRule')}
          </button>
        ) : null}
      </fieldset>
      <TargetField
        label={t('workflows.fields.otherwise')}
        path={['otherwise']}
        value={step.otherwise}
        onChange={(otherwise) => onChange({ ...step, otherwise })}
      />
    </>
  );
}

interface RuleRowProps {
  index: number;
  rule: BranchRule;
  attributesId: string;
  canRemove: boolean;
  onChange: (rule: BranchRule) => void;
  onRemove: () => void;
}

function RuleRow({ index, rule, attributesId, canRemove, onChange, onRemove }: RuleRowProps) {
  const { t } = useTranslation();
  const operatorId = useId();
  const number = index + 1;
  const hasValue = OPERATORS_WITH_VALUE.has(rule.operator);

  function setOperator(operator: BranchOperator) {
    const { value: _, ...withoutValue } = rule;
    onChange(
      OPERATORS_WITH_VALUE.has(operator)
        ? { ...rule, operator, value: rule.value ?? '' }
        : { ...withoutValue, operator },
    );
  }

  return (
    <li className="option-row">
      <div className="option-row-head">
        <span className="option-number">{t('workflows.ruleNumber', { number })}</span>
        {canRemove ? (
          <button
            type="button"
            className="button danger-quiet"
            aria-label={t('workflows.removeRule', { number })}
            onClick={onRemove}
          >
            {t('workflows.remove')}
          </button>
        ) : null}
      </div>
      <div className="option-fields">
        <PlainField
          label={t('workflows.fields.ruleAttribute', { number })}
          path={['rules', index, 'attribute']}
          value={rule.attribute}
          list={attributesId}
          isCode
          onChange={(attribute) => onChange({ ...rule, attribute })}
        />
        <div className="field">
          <label htmlFor={operatorId}>{t('workflows.fields.operator', { number })}</label>
          <select
            id={operatorId}
            value={rule.operator}
            onChange={(event) => setOperator(event.target.value as BranchOperator)}
          >
            {OPERATORS.map((operator) => (
              <option key={operator} value={operator}>
                {t(`workflows.operators.${operator}`)}
              </option>
            ))}
          </select>
        </div>
        {hasValue ? (
          <PlainField
            label={t('workflows.fields.ruleValue', { number })}
            path={['rules', index, 'value']}
            value={rule.value ?? ''}
            onChange={(value) => onChange({ ...rule, value })}
          />
        ) : null}
        <TargetField
          label={t('workflows.fields.ruleNext', { number })}
          path={['rules', index, 'next']}
          value={rule.next}
          onChange={(next) => onChange({ ...rule, next })}
        />
      </div>
    </li>
  );
}
