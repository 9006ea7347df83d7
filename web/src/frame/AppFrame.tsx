import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useRoute } from 'wouter';
import { Loading } from '../components/Loading.tsx';
import { InboxPage } from '../inbox/InboxPage.tsx';
import { ViewsProvider } from '../inbox/ViewsProvider.tsx';
import { NAV_AS_DRAWER, ONE_PANE } from '../layout/breakpoints.ts';
import { useTrackPreviousLocation } from '../layout/previousLocation.ts';
import { useMediaQuery } from '../layout/useMediaQuery.ts';
import { AttentionWatcher } from '../notifications/AttentionWatcher.tsx';
import { PreferencesProvider } from '../preferences/PreferencesProvider.tsx';
import { RealtimeProvider } from '../realtime/RealtimeProvider.tsx';
import { useSession } from '../session/context.ts';
import { GlobalShortcuts } from '../shortcuts/GlobalShortcuts.tsx';
import { NavDrawer } from './NavDrawer.tsx';
import { NavRail } from './NavRail.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

// Settings are visited rarely: keep them out of the first download.
const SettingsPage = lazy(() => import('../settings/SettingsPage.tsx'));
const TeamStatusPage = lazy(() => import('../teamStatus/TeamStatusPage.tsx'));

/**
 * Everything a signed-in teammate sees: the rail on the left, the current page on the right; on a narrow screen,
 * a top bar whose menu opens the rail as a drawer.
 */
export function AppFrame() {
  const { session } = useSession();
  if (session === undefined) return <Loading />;
  if (session === null) return <Redirect to="/sign-in" replace />;
  return (
    <RealtimeProvider>
      <PreferencesProvider>
        <ViewsProvider>
          <SignedInFrame />
        </ViewsProvider>
      </PreferencesProvider>
    </RealtimeProvider>
  );
}

function SignedInFrame() {
  const { t } = useTranslation();
  const isNavDrawer = useMediaQuery(NAV_AS_DRAWER);
  const isOnePane = useMediaQuery(ONE_PANE);
  // Alone on the screen, an open conversation has its own header with a way back; a top bar would take its room.
  const [isInConversation] = useRoute('/inbox/:view/:conversationId');
  useTrackPreviousLocation();
  return (
    <div className="app-frame">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      {isNavDrawer ? <NavDrawer isHidden={isOnePane && isInConversation} /> : <NavRail />}
      <main id="main" className="content" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/">
              <Redirect to="/inbox/you" replace />
            </Route>
            <Route path="/inbox/:view/:conversationId?" component={InboxPage} />
            <Route path="/settings">
              <Redirect to="/settings/profile" replace />
            </Route>
            <Route path="/settings/:section/:id?" component={SettingsPage} />
            <Route path="/team-status" component={TeamStatusPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </main>
      <GlobalShortcuts />
      <AttentionWatcher />
    </div>
  );
}
