import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../protocol/auth.ts';
import type { Role } from '../../../protocol/common.ts';
import { api } from '../api.ts';
import { CopyField } from '../components/CopyField.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormField } from '../components/FormField.tsx';
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
    // The last link stays on screen only until the next attempt, so a refused one never shows an older link.
    setInvitation(undefined);
    run(async () => {
      setInvitation(await api.createInvitation(email, role));
      setEmail('');
      onInvited();
    });
  }

  return (
    <>
      <form onSubmit={submit} className="inline-form">
        <FormField label={t('invitations.email')} id="invite-email" className="grow" isRequired>
          {(control) => <input {...control} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </FormField>
        <FormField label={t('invitations.role')} id="invite-role">
          {(control) => <RoleSelect id={control.id} value={role} onChange={setRole} />}
        </FormField>
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
