import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSignedIn } from '../../session/context.ts';
import { SectionHeading } from '../SectionHeading.tsx';
import { AssignmentSettingsForm } from './AssignmentSettingsForm.tsx';

/** Settings → Assignment. Managers and admins change it; agents (who have no tab for it) may read it. */
export function AssignmentSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const settings = useResource(api.getAssignmentSettings);
  const teams = useResource(api.listTeams);
  const canManage = me.role !== 'agent';
  useDocumentTitle(t('assignment.title'));

  return (
    <>
      <SectionHeading title={t('assignment.title')}>
        <p className="muted">{t('assignment.intro')}</p>
        {canManage ? (
          <Link href="/team-status" className="arrow-link">
            {t('assignment.statusLink')}
          </Link>
        ) : (
          <p className="note">{t('assignment.readOnly')}</p>
        )}
      </SectionHeading>
      <ErrorAlert error={settings.error ?? teams.error} />
      {settings.data && teams.data ? (
        <AssignmentSettingsForm
          settings={settings.data}
          teams={teams.data.teams}
          canManage={canManage}
          onSettings={settings.replace}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
