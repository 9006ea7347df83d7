import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** One plain line on what choosing it does, read as the option's description. */
  hint: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  /** `card`: the group is a card of its own, its legend the card's title. */
  variant?: 'card' | 'plain';
}

/** Radio buttons in a fieldset, each with its explanation under it. */
export function ChoiceGroup<T extends string>({ legend, value, choices, onChange, variant }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className={variant === 'card' ? 'choice-group card' : 'choice-group'}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div key={choice.value} className="choice">
          <input
            type="radio"
            id={`${name}-${choice.value}`}
            name={name}
            value={choice.value}
            checked={choice.value === value}
            aria-describedby={`${name}-${choice.value}-hint`}
            onChange={() => onChange(choice.value)}
          />
          <label htmlFor={`${name}-${choice.value}`}>{choice.label}</label>
          <p id={`${name}-${choice.value}-hint`} className="hint">
            {choice.hint}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
