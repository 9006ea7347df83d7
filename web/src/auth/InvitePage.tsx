import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../api.ts';
import { AuthLayout } from '../components/AuthLayout.tsx';
import { Loading } from '../components/Loading.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { useResource } from '../lib/useResource.ts';
import { AcceptInvitationForm } from './AcceptInvitationForm.tsx';

/** Where an invitation link lands: who invited you to what, then name, password and language. */
export function InvitePage({ params }: { params: { token?: string } }) {
  const { t } = useTranslation();
  const token = params.token ?? '';
  const load = useCallback(() => api.getInvitation(token), [token]);
  const { data: invitation, error } = useResource(load);
  useDocumentTitle(t('invite.pageTitle'));

  if (error) {
    return (
      <AuthLayout>
        <h1>{t('invite.invalidTitle')}</h1>
        <p>{t('invite.invalidBody')}</p>
        <Link href="/sign-in" className="button secondary">
          {t('invite.goToSignIn')}
        </Link>
      </AuthLayout>
    );
  }
  if (!invitation) {
    return (
      <AuthLayout>
        <Loading />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout>
      <h1>{t('invite.title', { workspace: invitation.workspace_name })}</h1>
      <p className="muted">{t('invite.intro', { role: t(`roles.${invitation.role}`), email: invitation.email })}</p>
      <AcceptInvitationForm token={token} />
    </AuthLayout>
  );
}
