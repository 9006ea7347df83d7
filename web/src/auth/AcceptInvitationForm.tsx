import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormField } from '../components/FormField.tsx';
import { LanguageField } from '../components/LanguageField.tsx';
import { applyLanguage, isLanguage } from '../i18n/index.ts';
import { useAction } from '../lib/useAction.ts';
import { useSession } from '../session/context.ts';

const MIN_PASSWORD_LENGTH = 10;

export function AcceptInvitationForm({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const { setSession } = useSession();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { run, isBusy, error } = useAction();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';

  function submit(event: FormEvent) {
    event.preventDefault();
    run(async () => {
      setSession(await api.acceptInvitation(token, { name, password, language }));
      navigate('/');
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      <FormField label={t('invite.name')} isRequired>
        {(control) => <input {...control} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField label={t('invite.password')} hint={t('invite.passwordHint')} isRequired>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </FormField>
      <LanguageField label={t('language.label')} value={language} onChange={applyLanguage} />
      <ErrorAlert error={error} />
      <button type="submit" className="button primary wide" disabled={isBusy}>
        {isBusy ? t('invite.submitting') : t('invite.submit')}
      </button>
    </form>
  );
}
