import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../protocol/auth.ts';
import { api } from '../api.ts';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useFormatDate } from '../lib/useFormatDate.ts';

export function PendingInvitations({ invitations, onRevoked }: { invitations: Invitation[]; onRevoked: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { run, isBusy, error } = useAction();
  if (invitations.length === 0) return <p className="muted">{t('invitations.pendingEmpty')}</p>;
  return (
    <>
      <ErrorAlert error={error} />
      <ul className="plain-list">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="list-row">
            <span>
              <span className="cell-title">{invitation.email}</span>
              <span className="cell-subtitle">
                {t('invitations.meta', {
                  role: t(`roles.${invitation.role}`),
                  date: formatDate(invitation.expires_at),
                })}
              </span>
            </span>
            <ConfirmButton
              label={t('invitations.revoke')}
              ariaLabel={t('invitations.revokeNamed', { email: invitation.email })}
              isDisabled={isBusy}
              onConfirm={() => run(() => api.revokeInvitation(invitation.id).finally(onRevoked))}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
