import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import { api } from '../api.ts';
import { AuthLayout } from '../components/AuthLayout.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormField } from '../components/FormField.tsx';
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
        <FormField label={t('signIn.email')} id="sign-in-email" isRequired>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('signIn.password')} id="sign-in-password" isRequired>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        <ErrorAlert error={error} />
        <button type="submit" className="button primary wide" disabled={isBusy}>
          {isBusy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
