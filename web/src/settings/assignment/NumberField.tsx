interface NumberFieldProps {
  id: string;
  label: string;
  /** Says which numbers are accepted; the form checks them itself, in the teammate's language. */
  hint: string;
  value: string;
  /** Shown under the field, which is then marked invalid. */
  error?: string;
  onChange: (value: string) => void;
}

/** A whole number with its hint and, once checked, its error; both read as the field's description. */
export function NumberField({ id, label, hint, value, error, onChange }: NumberFieldProps) {
  return (
    <div className="field number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <p id={`${id}-error`} className="field-error">
        {error}
      </p>
    </div>
  );
}
