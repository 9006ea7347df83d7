import { useTranslation } from 'react-i18next';
import { INBOX_FOLDERS, TEAM_VIEWS } from '../inbox/views.ts';
import { useSignedIn } from '../session/context.ts';
import { AccountPanel } from './AccountPanel.tsx';
import { NavItem } from './NavItem.tsx';

/** The dark left rail: workspace, inbox folders, team views, settings, and who is signed in. */
export function NavRail() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  return (
    <div className="rail">
      <div className="rail-brand">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>
          <span className="rail-app">{t('app.name')}</span>
          <span className="rail-workspace">{me.app.name}</span>
        </span>
      </div>
      <nav aria-label={t('nav.label')} className="rail-nav">
        <p id="nav-inbox" className="nav-group">
          {t('nav.inbox')}
        </p>
        <ul aria-labelledby="nav-inbox">
          {INBOX_FOLDERS.map((view) => (
            <NavItem key={view.slug} href={`/inbox/${view.slug}`}>
              {t(view.label)}
            </NavItem>
          ))}
        </ul>
        <p id="nav-views" className="nav-group">
          {t('nav.views')}
        </p>
        <ul aria-labelledby="nav-views">
          {TEAM_VIEWS.map((view) => (
            <NavItem key={view.slug} href={`/inbox/${view.slug}`}>
              {t(view.label)}
            </NavItem>
          ))}
        </ul>
        <ul className="nav-bottom">
          <NavItem href="/settings/profile" matchPrefix="/settings">
            {t('nav.settings')}
          </NavItem>
        </ul>
      </nav>
      <AccountPanel />
    </div>
  );
}
