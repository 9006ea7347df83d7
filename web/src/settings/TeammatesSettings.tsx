import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { useResource } from '../lib/useResource.ts';
import { useSignedIn } from '../session/context.ts';
import { SectionHeading } from './SectionHeading.tsx';
import { TeammateInvitations } from './TeammateInvitations.tsx';
import { TeammatesTable } from './TeammatesTable.tsx';

export function TeammatesSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const { data, error, reload } = useResource(api.listAdmins);
  const isAdmin = me.role === 'admin';
  useDocumentTitle(t('settings.teammates'));

  return (
    <>
      <SectionHeading title={t('settings.teammates')}>
        <p className="muted">{t('teammates.intro', { workspace: me.app.name })}</p>
        {isAdmin ? null : <p className="note">{t('teammates.readOnly')}</p>}
      </SectionHeading>
      {data ? <TeammatesTable admins={data.admins} canManage={isAdmin} onChanged={reload} /> : <Loading />}
      <ErrorAlert error={error} />
      {isAdmin ? <TeammateInvitations /> : null}
    </>
  );
}
