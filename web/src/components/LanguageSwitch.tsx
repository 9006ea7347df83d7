import { useTranslation } from 'react-i18next';
import type { Language } from '../../../protocol/common.ts';
import { isLanguage, LANGUAGES } from '../i18n/index.ts';
import { useAction } from '../lib/useAction.ts';
import { useChangeLanguage } from '../session/useChangeLanguage.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { SegmentedControl } from './SegmentedControl.tsx';

/** English / Español, before sign-in (this device) and after (saved on the teammate). */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const { run, isBusy, error } = useAction();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <div className={className}>
      <SegmentedControl
        label={t('language.label')}
        value={current}
        segments={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`), lang: language }))}
        onChange={(language) => run(() => changeLanguage(language))}
        isDisabled={isBusy}
      />
      <ErrorAlert error={error} />
    </div>
  );
}
