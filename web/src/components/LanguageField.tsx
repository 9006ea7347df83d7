import { useTranslation } from 'react-i18next';
import type { Language } from '../../../protocol/common.ts';
import { isLanguage, LANGUAGES } from '../i18n/index.ts';
import { FormField } from './FormField.tsx';

/** A labelled choice of the app's languages, each named in its own language. */
export function LanguageField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormField label={label}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => isLanguage(e.target.value) && onChange(e.target.value)}>
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`language.${option}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
