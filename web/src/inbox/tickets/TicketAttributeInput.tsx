import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketTypeAttribute } from '../../../../protocol/tickets.ts';
import { type AttributeDraft, type AttributeProblem, isMultiline, listOptions } from './ticketAttributes.ts';

interface TicketAttributeInputProps {
  attribute: TicketTypeAttribute;
  value: AttributeDraft;
  onChange: (value: AttributeDraft) => void;
  /** Text, numbers and dates save when the teammate leaves the field (list and yes/no on change). */
  onCommit?: (value: AttributeDraft) => void;
  problem?: AttributeProblem;
  isRequired?: boolean;
  isDisabled?: boolean;
}

/** One ticket attribute, with the input its kind of value needs: text, a list, a number, yes/no, a date. */
export function TicketAttributeInput(props: TicketAttributeInputProps) {
  const { attribute, value, onChange, onCommit, problem, isRequired = false, isDisabled = false } = props;
  const { t } = useTranslation();
  const id = useId();
  const described = [attribute.description ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean);
  const common = {
    id,
    disabled: isDisabled,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
  };
  const text = typeof value === 'string' ? value : '';
  const commitText = () => onCommit?.(text);

  if (attribute.data_type === 'boolean') {
    return (
      <label className="checkbox ticket-attribute is-boolean">
        <input
          type="checkbox"
          {...common}
          checked={value === true}
          onChange={(event) => {
            onChange(event.target.checked);
            onCommit?.(event.target.checked);
          }}
        />
        {attribute.name}
      </label>
    );
  }

  return (
    <div className="field ticket-attribute">
      <label htmlFor={id}>
        {attribute.name}
        {isRequired ? <span className="required-mark"> ({t('tickets.attribute.required')})</span> : null}
      </label>
      {attribute.data_type === 'list' ? (
        <select
          {...common}
          value={text}
          onChange={(event) => {
            onChange(event.target.value);
            onCommit?.(event.target.value);
          }}
        >
          <option value="">{t('tickets.attribute.choose')}</option>
          {listOptions(attribute).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : attribute.data_type === 'string' && isMultiline(attribute) ? (
        <textarea {...common} rows={3} value={text} onChange={(e) => onChange(e.target.value)} onBlur={commitText} />
      ) : (
        <input
          {...common}
          type={inputType(attribute.data_type)}
          inputMode={
            attribute.data_type === 'integer' ? 'numeric' : attribute.data_type === 'decimal' ? 'decimal' : undefined
          }
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onBlur={commitText}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && onCommit) {
              event.preventDefault();
              commitText();
            }
          }}
        />
      )}
      {attribute.description ? (
        <p id={`${id}-hint`} className="hint">
          {attribute.description}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} className="field-error">
          {t(`tickets.attribute.problems.${problem}`)}
        </p>
      ) : null}
    </div>
  );
}

/** Numbers are typed as text (with a numeric keyboard) so the form, not the browser, explains a bad one. */
function inputType(dataType: TicketTypeAttribute['data_type']): string {
  return dataType === 'datetime' ? 'datetime-local' : 'text';
}
