import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../protocol/workflows.ts';
import { emptyText } from './draft.ts';
import { LocalizedTextField } from './LocalizedTextField.tsx';
import type { FieldPath } from './problems.ts';

interface OptionalTextFieldProps {
  label: string;
  /** The checkbox that switches between the bot's default text and the admin's own. */
  customLabel: string;
  path: FieldPath;
  value: LocalizedText | undefined;
  /** What the bot says when there is no text of the step's own. */
  fallback: LocalizedText;
  onChange: (value: LocalizedText | undefined) => void;
}

/** A text the bot has a default for: the default until the admin chooses to write their own. */
export function OptionalTextField({ label, customLabel, path, value, fallback, onChange }: OptionalTextFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  return (
    <div className="optional-text">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value !== undefined}
          onChange={(event) => onChange(event.target.checked ? emptyText() : undefined)}
        />
        {customLabel}
      </label>
      {value === undefined ? (
        <p className="hint">{t('workflows.defaultText', { text: fallback[language] })}</p>
      ) : (
        <LocalizedTextField label={label} path={path} value={value} onChange={onChange} placeholder={fallback} />
      )}
    </div>
  );
}
