import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** What the field hands its control: spread them on the <input>, <select> or <textarea>. */
export interface FieldControlProps {
  id: string;
  required?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FormFieldProps {
  label: string;
  /** The control's id, when something else refers to it; otherwise one is made up. */
  id?: string;
  /** Read as the control's description, under it. */
  hint?: ReactNode;
  /** Shown under the control, which is then marked invalid. */
  error?: string;
  /** Sets `required` on the control and marks the label. */
  isRequired?: boolean;
  /** Layout modifiers from forms.css / settings.css: `grow`, `short`. */
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled control with its hint and error, the one markup every form uses:
 * `<FormField label={t('profile.name')} isRequired>{(control) => <input {...control} value={name} … />}</FormField>`.
 */
export function FormField({ label, id, hint, error, isRequired, className, children }: FormFieldProps) {
  const { t } = useTranslation();
  const madeUpId = useId();
  const controlId = id ?? madeUpId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={controlId}>
        {label}
        {isRequired ? (
          <span className="required-marker" title={t('common.required')} aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      {children({
        id: controlId,
        ...(isRequired ? { required: true } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
