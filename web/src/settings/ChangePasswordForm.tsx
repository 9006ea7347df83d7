import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormField } from '../components/FormField.tsx';
import { useAction } from '../lib/useAction.ts';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [isChanged, setIsChanged] = useState(false);
  const { run, isBusy, error } = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    setIsChanged(false);
    run(async () => {
      await api.changePassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      setIsChanged(true);
    });
  }

  return (
    <form onSubmit={submit} className="stack narrow card" aria-labelledby="password-title">
      <h3 id="password-title">{t('profile.passwordTitle')}</h3>
      <FormField label={t('profile.currentPassword')} id="current-password" isRequired>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('profile.newPassword')} id="new-password" hint={t('profile.newPasswordHint')} isRequired>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            minLength={10}
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
          />
        )}
      </FormField>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          {t('profile.changePassword')}
        </button>
        <p role="status" className="saved">
          {isChanged ? t('profile.passwordChanged') : null}
        </p>
      </div>
    </form>
  );
}
