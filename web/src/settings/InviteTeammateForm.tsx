import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../protocol/auth.ts';
import type { Role } from '../../../protocol/common.ts';
import { api } from '../api.ts';
import { CopyField } from '../components/CopyField.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useFormatDate } from '../lib/useFormatDate.ts';
import { RoleSelect } from './RoleSelect.tsx';

export function InviteTeammateForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [invitation, setInvitation] = useState<Invitation>();
  const { run, isBusy, error } = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    run(async () => {
      setInvitation(await api.createInvitation(email, role));
      setEmail('');
      onInvited();
    });
  }

  return (
    <>
      <form onSubmit={submit} className="inline-form">
        <div className="field grow">
          <label htmlFor="invite-email">{t('invitations.email')}</label>
          <input id="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t('invitations.role')}</label>
          <RoleSelect id="invite-role" value={role} onChange={setRole} />
        </div>
        <button type="submit" className="button primary" disabled={isBusy}>
          {t('invitations.submit')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {invitation?.invite_url ? (
        <div className="callout">
          <CopyField label={t('invitations.linkLabel')} value={invitation.invite_url} />
          <p className="hint">
            {t('invitations.linkNote', { email: invitation.email, date: formatDate(invitation.expires_at) })}
          </p>
        </div>
      ) : null}
    </>
  );
}
