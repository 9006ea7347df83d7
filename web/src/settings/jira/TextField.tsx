import type { InputHTMLAttributes } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Shown under the field, which is then marked invalid. */
  error?: string;
  /** Passed to the input: type, placeholder, autoComplete, inputMode… */
  input?: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;
}

/** A labelled text input with its hint and, once checked, its error; both read as its description. */
export function TextField({ id, label, value, onChange, hint, error, input }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        spellCheck={false}
        {...input}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-error`}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="field-error">
        {error}
      </p>
    </div>
  );
}
