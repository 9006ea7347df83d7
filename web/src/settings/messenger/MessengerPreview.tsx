import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../protocol/common.ts';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { isLanguage, LANGUAGES } from '../../i18n/index.ts';
import { readableTextColor } from './readableTextColor.ts';

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

interface MessengerPreviewProps {
  workspaceName: string;
  primaryColor: string;
  launcherColor: string;
  greeting: Record<Language, string>;
}

/** A small drawing of the messenger as a customer sees it, following the form as it is edited. */
export function MessengerPreview({ workspaceName, primaryColor, launcherColor, greeting }: MessengerPreviewProps) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const primary = HEX_COLOR.test(primaryColor.trim()) ? primaryColor.trim() : '#2563eb';
  const launcher = HEX_COLOR.test(launcherColor.trim()) ? launcherColor.trim() : '#2563eb';
  return (
    <figure className="messenger-preview">
      <figcaption className="messenger-preview-caption">
        <span>{t('messenger.preview')}</span>
        <SegmentedControl
          label={t('messenger.previewLanguage')}
          value={language}
          segments={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
          onChange={setLanguage}
        />
      </figcaption>
      <div className="messenger-preview-window" lang={language}>
        <div className="messenger-preview-header" style={{ background: primary, color: readableTextColor(primary) }}>
          {workspaceName}
        </div>
        <p className="messenger-preview-greeting">{greeting[language].trim() || '…'}</p>
      </div>
      <span className="messenger-preview-launcher" style={{ background: launcher, color: readableTextColor(launcher) }}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
          <path
            d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A1.5 1.5 0 0 1 4 14.5Z"
            fill="currentColor"
          />
        </svg>
      </span>
    </figure>
  );
}
