import { useTranslation } from 'react-i18next';
import { type ButtonOption, type ButtonsStep, DEFAULT_TEXTS } from '../../../../protocol/workflows.ts';
import { emptyText, nextOptionId } from './draft.ts';
import { LocalizedTextField } from './LocalizedTextField.tsx';
import { OptionalTextField } from './OptionalTextField.tsx';
import { PlainField } from './PlainField.tsx';
import { TargetField } from './TargetField.tsx';

const MAX_OPTIONS = 10;

interface ButtonsFieldsProps {
  step: ButtonsStep;
  onChange: (step: ButtonsStep) => void;
}

/** A question with buttons: the question, where the answer is kept, each button, and what typing does. */
export function ButtonsFields({ step, onChange }: ButtonsFieldsProps) {
  const { t } = useTranslation();
  const setOption = (index: number, option: ButtonOption) =>
    onChange({ ...step, options: step.options.map((current, at) => (at === index ? option : current)) });

  function addOption() {
    const id = nextOptionId(step.options);
    const next = step.options.at(-1)?.next ?? '';
    onChange({ ...step, options: [...step.options, { id, label: emptyText(), value: id, next }] });
  }

  return (
    <>
      <LocalizedTextField
        label={t('workflows.fields.question')}
        path={['text']}
        value={step.text}
        onChange={(text) => onChange({ ...step, text })}
      />
      <PlainField
        label={t('workflows.fields.attribute')}
        hint={t('workflows.attributeHint')}
        path={['attribute']}
        value={step.attribute}
        isCode
        onChange={(attribute) => onChange({ ...step, attribute })}
      />
      <fieldset className="sub-list">
        <legend>{t('workflows.fields.options')}</legend>
        <ol className="option-list">
          {step.options.map((option, index) => (
            <OptionRow
              // Keyed by place: keying by the editable option id would remount the row while its id is typed.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              index={index}
              option={option}
              canRemove={step.options.length > 1}
              onChange={(changed) => setOption(index, changed)}
              onRemove={() => onChange({ ...step, options: step.options.filter((_, at) => at !== index) })}
            />
          ))}
        </ol>
        {step.options.length < MAX_OPTIONS ? (
          <button type="button" className="button secondary small" onClick={addOption}>
            {t('workflows.addOption')}
          </button>
        ) : null}
      </fieldset>
      <TypedAnswerFields step={step} onChange={onChange} />
    </>
  );
}

interface OptionRowProps {
  index: number;
  option: ButtonOption;
  canRemove: boolean;
  onChange: (option: ButtonOption) => void;
  onRemove: () => void;
}

function OptionRow({ index, option, canRemove, onChange, onRemove }: OptionRowProps) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <li className="option-row">
      <div className="option-row-head">
        <span className="option-number">{t('workflows.optionNumber', { number })}</span>
        {canRemove ? (
          <button
            type="button"
            className="button danger-quiet"
            aria-label={t('workflows.removeOption', { number })}
            onClick={onRemove}
          >
            {t('workflows.remove')}
          </button>
        ) : null}
      </div>
      <LocalizedTextField
        label={t('workflows.fields.buttonLabel', { number })}
        path={['options', index, 'label']}
        value={option.label}
        isShort
        onChange={(label) => onChange({ ...option, label })}
      />
      <div className="option-fields">
        <PlainField
          label={t('workflows.fields.optionValue', { number })}
          path={['options', index, 'value']}
          value={option.value}
          isCode
          onChange={(value) => onChange({ ...option, value })}
        />
        <PlainField
          label={t('workflows.fields.optionId', { number })}
          path={['options', index, 'id']}
          value={option.id}
          isCode
          onChange={(id) => onChange({ ...option, id })}
        />
        <TargetField
          label={t('workflows.fields.optionNext', { number })}
          path={['options', index, 'next']}
          value={option.next}
          onChange={(next) => onChange({ ...option, next })}
        />
      </div>
    </li>
  );
}

/** What the bot does when the customer types instead of clicking. */
function TypedAnswerFields({ step, onChange }: ButtonsFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="sub-list">
      <legend>{t('workflows.fields.onText')}</legend>
      <div className="radio-row">
        {(['reask', 'accept'] as const).map((choice) => (
          <label key={choice} className="checkbox">
            <input
              type="radio"
              name={`on-text-${step.id}`}
              checked={step.on_text === choice}
              onChange={() => onChange({ ...step, on_text: choice })}
            />
            {t(`workflows.onText.${choice}`)}
          </label>
        ))}
      </div>
      {step.on_text === 'reask' ? (
        <OptionalTextField
          label={t('workflows.fields.reaskText')}
          customLabel={t('workflows.customReask')}
          path={['reask_text']}
          value={step.reask_text}
          fallback={DEFAULT_TEXTS.reask}
          onChange={(reask_text) => onChange(withOptional(step, 'reask_text', reask_text))}
        />
      ) : (
        <div className="option-fields">
          <PlainField
            label={t('workflows.fields.textAttribute')}
            hint={t('workflows.textAttributeHint')}
            placeholder={step.attribute}
            path={['text_attribute']}
            value={step.text_attribute ?? ''}
            isCode
            onChange={(name) => onChange(withOptional(step, 'text_attribute', name.trim() || undefined))}
          />
          <TargetField
            label={t('workflows.fields.textNext')}
            path={['text_next']}
            value={step.text_next ?? ''}
            onChange={(next) => onChange({ ...step, text_next: next })}
          />
        </div>
      )}
    </fieldset>
  );
}

/** Sets an optional field, or leaves it out altogether rather than sending it empty. */
function withOptional<K extends 'reask_text' | 'text_attribute'>(
  step: ButtonsStep,
  key: K,
  value: ButtonsStep[K] | undefined,
): ButtonsStep {
  const changed: ButtonsStep = { ...step };
  if (value === undefined) delete changed[key];
  else changed[key] = value;
  return changed;
}
