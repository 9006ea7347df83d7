import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api } from '../api.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useSession, useSignedIn } from '../session/context.ts';
import { StatusSwitch } from './StatusSwitch.tsx';

/** Bottom of the rail: status, language, name and sign-out, always in reach. */
export function AccountPanel() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const { setSession } = useSession();
  const [, navigate] = useLocation();

  async function signOut() {
    await api.signOut().catch(() => undefined);
    setSession(null);
    navigate('/sign-in');
  }

  return (
    <section aria-labelledby="account-name" className="account-panel">
      <StatusSwitch />
      <LanguageSwitch />
      <div className="account-who">
        <span className={`avatar ${me.away_mode_enabled ? 'is-away' : 'is-active'}`} aria-hidden="true">
          {me.name.trim().charAt(0).toUpperCase()}
        </span>
        <span className="account-text">
          <span id="account-name" className="account-name">
            {me.name}
          </span>
          <span className="account-email">{me.email}</span>
        </span>
      </div>
      <button type="button" className="button rail-button" onClick={signOut}>
        {t('account.signOut')}
      </button>
    </section>
  );
}
