import { useId } from 'react';

interface SwitchFieldProps {
  label: string;
  hint: string;
  isOn: boolean;
  onChange: (isOn: boolean) => void;
}

/** An on/off setting with its explanation, read as the switch's description. */
export function SwitchField({ label, hint, isOn, onChange }: SwitchFieldProps) {
  const hintId = useId();
  return (
    <div className="switch-field">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={isOn}
          aria-checked={isOn}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}
