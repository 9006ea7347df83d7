import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../protocol/workflows.ts';
import { LANGUAGES } from '../../i18n/index.ts';
import type { FieldPath } from './problems.ts';
import { useFieldProblem } from './stepContext.ts';

interface LocalizedTextFieldProps {
  label: string;
  path: FieldPath;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  /** One line (a button label) instead of a few (a message). */
  isShort?: boolean;
  /** Shown in empty boxes, e.g. the text the bot says by default. */
  placeholder?: LocalizedText;
}

/** A text the bot says, English and Spanish side by side; a missing translation is marked on its box. */
export function LocalizedTextField({ label, path, value, onChange, isShort, placeholder }: LocalizedTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="localized-field">
      <legend id={`${id}-legend`}>{label}</legend>
      <div className="language-columns">
        {LANGUAGES.map((language) => (
          <LanguageBox
            key={language}
            id={`${id}-${language}`}
            legendId={`${id}-legend`}
            language={language}
            languageName={t(`language.${language}`)}
            path={path}
            value={value[language]}
            placeholder={placeholder?.[language]}
            isShort={isShort}
            onChange={(text) => onChange({ ...value, [language]: text })}
          />
        ))}
      </div>
    </fieldset>
  );
}

interface LanguageBoxProps {
  id: string;
  legendId: string;
  language: 'en' | 'es';
  languageName: string;
  path: FieldPath;
  value: string;
  placeholder?: string;
  isShort?: boolean;
  onChange: (value: string) => void;
}

function LanguageBox(props: LanguageBoxProps) {
  const { id, legendId, language, languageName, path, value, placeholder, isShort, onChange } = props;
  const { t } = useTranslation();
  const problem = useFieldProblem(path, language);
  const isMissing = problem.isInvalid && value.trim() === '';
  const shared = {
    id,
    lang: language,
    value,
    placeholder,
    'aria-labelledby': `${legendId} ${id}-label`,
    ...problem.props,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="field">
      <label id={`${id}-label`} htmlFor={id} className="language-label">
        {languageName}
      </label>
      {isShort ? <input {...shared} /> : <textarea rows={2} {...shared} />}
      {isMissing ? (
        <p className="field-error">{t('workflows.writeIn', { language: t(`workflows.languageNames.${language}`) })}</p>
      ) : null}
    </div>
  );
}
