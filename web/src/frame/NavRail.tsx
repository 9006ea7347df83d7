import { useTranslation } from 'react-i18next';
import { NewViewButton } from '../inbox/newView/NewViewButton.tsx';
import { useViewName } from '../inbox/useViewName.ts';
import { useViews } from '../inbox/ViewsProvider.tsx';
import { ManageViewsButton } from '../inbox/viewEditor/ManageViewsButton.tsx';
import { BUILT_IN_VIEWS, builtInLabel, isBuiltInView, viewHref } from '../inbox/views.ts';
import { usePreferences } from '../preferences/PreferencesProvider.tsx';
import { SearchButton } from '../search/SearchButton.tsx';
import { useSignedIn } from '../session/context.ts';
import { AccountPanel } from './AccountPanel.tsx';
import { NavItem } from './NavItem.tsx';

/** The dark left rail: workspace, inbox folders, team views, settings, and who is signed in. */
export function NavRail({ hasSearch = true }: { hasSearch?: boolean }) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const views = useViews().data?.views;
  const viewName = useViewName();
  const countOf = (id: string) => views?.find((view) => view.id === id)?.count;
  const { hidden_view_ids: hiddenIds } = usePreferences().preferences;
  const isShown = (view: { id: string }) => !hiddenIds.includes(view.id);
  const teamViews = views?.filter((view) => view.kind === 'team' && isShown(view)) ?? [];
  const customViews = views?.filter((view) => !isBuiltInView(view.id) && view.kind !== 'team' && isShown(view)) ?? [];
  return (
    <div className="rail">
      <div className="rail-brand">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>
          <span className="rail-app">{t('app.name')}</span>
          <span className="rail-workspace">{me.app.name}</span>
        </span>
      </div>
      {hasSearch ? <SearchButton /> : null}
      <nav aria-label={t('nav.label')} className="rail-nav">
        <p id="nav-inbox" className="nav-group">
          {t('nav.inbox')}
        </p>
        <ul aria-labelledby="nav-inbox">
          {BUILT_IN_VIEWS.map((id) => (
            <NavItem key={id} href={viewHref(id)} matchPrefix={`${viewHref(id)}/`} count={countOf(id)}>
              {t(builtInLabel(id))}
            </NavItem>
          ))}
        </ul>
        {teamViews.length === 0 ? null : (
          <>
            <p id="nav-teams" className="nav-group">
              {t('viewEditor.teamInboxes')}
            </p>
            <ul aria-labelledby="nav-teams">
              {teamViews.map((view) => (
                <NavItem key={view.id} href={viewHref(view)} matchPrefix={`${viewHref(view)}/`} count={view.count}>
                  {viewName(view)}
                </NavItem>
              ))}
            </ul>
          </>
        )}
        <p id="nav-views" className="nav-group">
          {t('nav.views')}
        </p>
        <ul aria-labelledby="nav-views">
          {customViews.map((view) => (
            <NavItem key={view.id} href={viewHref(view)} matchPrefix={`${viewHref(view)}/`} count={view.count}>
              {viewName(view)}
            </NavItem>
          ))}
          <li>
            <NewViewButton />
          </li>
          <li>
            <ManageViewsButton />
          </li>
        </ul>
        <ul className="nav-bottom">
          {me.role === 'agent' ? null : <NavItem href="/team-status">{t('teamStatus.nav')}</NavItem>}
          <NavItem href="/settings/profile" matchPrefix="/settings">
            {t('nav.settings')}
          </NavItem>
        </ul>
      </nav>
      <AccountPanel />
    </div>
  );
}
