import { useTranslation } from 'react-i18next';
import { DEFAULT_TEXTS, type TextInputStep, type TextValidation } from '../../../../protocol/workflows.ts';
import { LocalizedTextField } from './LocalizedTextField.tsx';
import { OptionalTextField } from './OptionalTextField.tsx';
import { PlainField } from './PlainField.tsx';
import { TargetField } from './TargetField.tsx';

const VALIDATIONS: readonly TextValidation[] = ['none', 'email', 'number'];

const DEFAULT_INVALID_TEXT = {
  none: DEFAULT_TEXTS.invalid_empty,
  email: DEFAULT_TEXTS.invalid_email,
  number: DEFAULT_TEXTS.invalid_number,
} as const;

interface TextInputFieldsProps {
  step: TextInputStep;
  onChange: (step: TextInputStep) => void;
}

/** A question answered by typing: the question, where the answer is kept, what counts as an answer. */
export function TextInputFields({ step, onChange }: TextInputFieldsProps) {
  const { t } = useTranslation();
  const { invalid_text: _, ...withoutInvalidText } = step;
  return (
    <>
      <LocalizedTextField
        label={t('workflows.fields.question')}
        path={['text']}
        value={step.text}
        onChange={(text) => onChange({ ...step, text })}
      />
      <div className="option-fields">
        <PlainField
          label={t('workflows.fields.attribute')}
          hint={t('workflows.attributeHint')}
          path={['attribute']}
          value={step.attribute}
          isCode
          onChange={(attribute) => onChange({ ...step, attribute })}
        />
        <div className="field">
          <label htmlFor={`validation-${step.id}`}>{t('workflows.fields.validation')}</label>
          <select
            id={`validation-${step.id}`}
            value={step.validation}
            onChange={(event) => onChange({ ...step, validation: event.target.value as TextValidation })}
          >
            {VALIDATIONS.map((validation) => (
              <option key={validation} value={validation}>
                {t(`workflows.validation.${validation}`)}
              </option>
            ))}
          </select>
        </div>
        <TargetField
          label={t('workflows.fields.next')}
          path={['next']}
          value={step.next}
          onChange={(next) => onChange({ ...step, next })}
        />
      </div>
      <OptionalTextField
        label={t('workflows.fields.invalidText')}
        customLabel={t('workflows.customInvalid')}
        path={['invalid_text']}
        value={step.invalid_text}
        fallback={DEFAULT_INVALID_TEXT[step.validation]}
        onChange={(invalid_text) =>
          onChange(invalid_text === undefined ? withoutInvalidText : { ...step, invalid_text })
        }
      />
    </>
  );
}
