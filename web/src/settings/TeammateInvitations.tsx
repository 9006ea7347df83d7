import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useResource } from '../lib/useResource.ts';
import { InviteTeammateForm } from './InviteTeammateForm.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';

/** Admins only: invite by link, and see or revoke the links not used yet. */
export function TeammateInvitations() {
  const { t } = useTranslation();
  const { data, error, reload } = useResource(api.listInvitations);
  return (
    <div className="split">
      <section aria-labelledby="invite-title" className="card">
        <h3 id="invite-title">{t('invitations.title')}</h3>
        <InviteTeammateForm onInvited={reload} />
      </section>
      <section aria-labelledby="pending-title" className="card">
        <h3 id="pending-title">{t('invitations.pendingTitle')}</h3>
        <ErrorAlert error={error} />
        {data ? <PendingInvitations invitations={data.data} onRevoked={reload} /> : null}
      </section>
    </div>
  );
}
