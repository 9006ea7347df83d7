const HEX_COLOR = /^#[0-9a-f]{6}$/i;

interface ColorFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The picker's accessible name ("Pick the primary colour"). */
  pickerLabel: string;
  error?: string;
  isDisabled?: boolean;
}

/** A colour as a swatch picker and as #rrggbb text, kept in step; the text may be typed or pasted. */
export function ColorField({ id, label, value, onChange, pickerLabel, error, isDisabled }: ColorFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="field color-field">
      <label htmlFor={id}>{label}</label>
      <div className="color-inputs">
        <input
          type="color"
          aria-label={pickerLabel}
          value={HEX_COLOR.test(value.trim()) ? value.trim().toLowerCase() : '#000000'}
          disabled={isDisabled}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          id={id}
          className="mono"
          value={value}
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          disabled={isDisabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
