import { Route, Switch } from 'wouter';
import { InvitePage } from './auth/InvitePage.tsx';
import { SignInPage } from './auth/SignInPage.tsx';
import { AppFrame } from './frame/AppFrame.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';

export function App() {
  return (
    <SessionProvider>
      <Switch>
        <Route path="/sign-in" component={SignInPage} />
        <Route path="/invite/:token" component={InvitePage} />
        <Route component={AppFrame} />
      </Switch>
    </SessionProvider>
  );
}
