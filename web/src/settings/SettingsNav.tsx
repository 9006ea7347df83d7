import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useSignedIn } from '../session/context.ts';

const SECTIONS = [
  { path: '/settings/profile', label: 'settings.profile', isAdminOnly: false },
  { path: '/settings/teammates', label: 'settings.teammates', isAdminOnly: false },
  { path: '/settings/teams', label: 'settings.teams', isAdminOnly: false },
  { path: '/settings/saved-replies', label: 'settings.savedReplies', isAdminOnly: false },
  { path: '/settings/messenger', label: 'settings.messenger', isAdminOnly: true },
  { path: '/settings/workflows', label: 'settings.workflows', isAdminOnly: false },
  { path: '/settings/tokens', label: 'settings.tokens', isAdminOnly: true },
] as const;

/** Tabs across the top of Settings; a section's item pages (a workflow) keep its tab current. */
export function SettingsNav() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const [location] = useLocation();
  const visible = SECTIONS.filter((section) => !section.isAdminOnly || me.role === 'admin');
  const isCurrent = (path: string) => location === path || location.startsWith(`${path}/`);
  return (
    <nav aria-label={t('settings.sections')} className="tabs">
      <ul>
        {visible.map((section) => (
          <li key={section.path}>
            <Link href={section.path} className="tab" aria-current={isCurrent(section.path) ? 'page' : undefined}>
              {t(section.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
