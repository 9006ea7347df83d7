import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../protocol/common.ts';
import { LANGUAGES } from '../../i18n/index.ts';

/** The server's limit for a greeting. */
export const GREETING_MAX = 280;

interface GreetingFieldsProps {
  value: Record<Language, string>;
  onChange: (value: Record<Language, string>) => void;
  errors: Partial<Record<Language, string>>;
}

/** The messenger's greeting, English and Spanish side by side. */
export function GreetingFields({ value, onChange, errors }: GreetingFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="language-columns">
      <legend>{t('messenger.greeting')}</legend>
      {LANGUAGES.map((language) => {
        const id = `messenger-greeting-${language}`;
        const error = errors[language];
        return (
          <div key={language} className="field">
            <label htmlFor={id}>{t(`language.${language}`)}</label>
            <textarea
              id={id}
              lang={language}
              rows={3}
              value={value[language]}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
              onChange={(event) => onChange({ ...value, [language]: event.target.value })}
            />
            <p id={`${id}-count`} className="hint char-count">
              {t('messenger.characters', { count: value[language].length, max: GREETING_MAX })}
            </p>
            {error ? (
              <p id={`${id}-error`} className="field-error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
