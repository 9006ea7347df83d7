import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
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
      <div className="field">
        <label htmlFor="current-password">{t('profile.currentPassword')}</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-password">{t('profile.newPassword')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-describedby="new-password-hint"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
        />
        <p id="new-password-hint" className="muted hint">
          {t('profile.newPasswordHint')}
        </p>
      </div>
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
