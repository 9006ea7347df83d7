import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../frame/NotFoundPage.tsx';
import { ProfileSettings } from './ProfileSettings.tsx';
import { SavedRepliesSettings } from './SavedRepliesSettings.tsx';
import { SettingsNav } from './SettingsNav.tsx';
import { TeammatesSettings } from './TeammatesSettings.tsx';
import { TeamsSettings } from './TeamsSettings.tsx';
import { TokensSettings } from './TokensSettings.tsx';

const SECTIONS: Record<string, ComponentType> = {
  profile: ProfileSettings,
  teammates: TeammatesSettings,
  teams: TeamsSettings,
  'saved-replies': SavedRepliesSettings,
  tokens: TokensSettings,
};

/** `/settings/:section`, loaded lazily by the app frame. */
export default function SettingsPage({ params }: { params: { section?: string } }) {
  const { t } = useTranslation();
  const Section = SECTIONS[params.section ?? ''];
  if (!Section) return <NotFoundPage />;
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
        <SettingsNav />
      </header>
      <section aria-labelledby="settings-section-title" className="settings-section">
        <Section />
      </section>
    </div>
  );
}
