import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import { api } from '../api.ts';
import { AuthLayout } from '../components/AuthLayout.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useAction } from '../lib/useAction.ts';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { useSession } from '../session/context.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const { session, setSession } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { run, isBusy, error } = useAction();
  useDocumentTitle(t('signIn.pageTitle'));

  if (session) return <Redirect to="/" />;

  function submit(event: FormEvent) {
    event.preventDefault();
    run(async () => setSession(await api.signIn(email, password)));
  }

  return (
    <AuthLayout aside={<LanguageSwitch />}>
      <h1>{t('signIn.title')}</h1>
      <p className="muted">{t('signIn.subtitle')}</p>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="sign-in-email">{t('signIn.email')}</label>
          <input
            id="sign-in-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('signIn.password')}</label>
          <input
            id="sign-in-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <ErrorAlert error={error} />
        <button type="submit" className="button primary wide" disabled={isBusy}>
          {isBusy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
