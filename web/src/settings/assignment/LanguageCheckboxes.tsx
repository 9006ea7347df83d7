import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../protocol/common.ts';
import { LANGUAGES } from '../../i18n/index.ts';

interface LanguageCheckboxesProps {
  legend: string;
  /** Read as the group's description, e.g. "Choose at least one". */
  hintId?: string;
  value: readonly Language[];
  onChange: (languages: Language[]) => void;
  isDisabled?: boolean;
  /** `compact`: in a table cell, the legend kept for screen readers only. */
  variant?: 'field' | 'compact';
}

/** The languages a teammate takes conversations in. The last one ticked cannot be unticked: one is needed. */
export function LanguageCheckboxes({ legend, hintId, value, onChange, isDisabled, variant }: LanguageCheckboxesProps) {
  const { t } = useTranslation();
  const isCompact = variant === 'compact';
  const toggle = (language: Language) =>
    onChange(LANGUAGES.filter((option) => (option === language) !== value.includes(option)));
  return (
    <fieldset className={isCompact ? 'language-checkboxes is-compact' : 'checkbox-group'} aria-describedby={hintId}>
      <legend className={isCompact ? 'visually-hidden' : undefined}>{legend}</legend>
      {LANGUAGES.map((language) => {
        const isChecked = value.includes(language);
        return (
          <label key={language} className="checkbox" lang={language}>
            <input
              type="checkbox"
              checked={isChecked}
              disabled={isDisabled || (isChecked && value.length === 1)}
              onChange={() => toggle(language)}
            />
            {t(`language.${language}`)}
          </label>
        );
      })}
    </fieldset>
  );
}
