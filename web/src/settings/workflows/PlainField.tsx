import { useId } from 'react';
import type { FieldPath } from './problems.ts';
import { useFieldProblem } from './stepContext.ts';

interface PlainFieldProps {
  label: string;
  path: FieldPath;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  placeholder?: string;
  /** A <datalist> id with suggestions (known attribute names). */
  list?: string;
  /** Names and values computers read: monospace, no spell checking. */
  isCode?: boolean;
}

/** One line of text a step needs: an attribute name, a value, a tag. */
export function PlainField({ label, path, value, onChange, hint, placeholder, list, isCode }: PlainFieldProps) {
  const id = useId();
  const problem = useFieldProblem(path);
  const describedBy = [hint ? `${id}-hint` : '', problem.props['aria-describedby'] ?? ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        list={list}
        placeholder={placeholder}
        className={isCode ? 'mono' : undefined}
        spellCheck={isCode ? false : undefined}
        autoComplete="off"
        aria-invalid={problem.isInvalid || undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
