import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { useResource } from '../lib/useResource.ts';
import { useSignedIn } from '../session/context.ts';
import { SectionHeading } from './SectionHeading.tsx';
import { TeamCard } from './TeamCard.tsx';
import { TeamForm } from './TeamForm.tsx';

export function TeamsSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const teams = useResource(api.listTeams);
  const teammates = useResource(api.listAdmins);
  const assignment = useResource(api.getAssignmentSettings);
  const canManage = me.role !== 'agent';
  const admins = teammates.data?.admins ?? [];
  useDocumentTitle(t('settings.teams'));

  return (
    <>
      <SectionHeading title={t('settings.teams')}>
        <p className="muted">{t('teams.intro')}</p>
        {canManage ? null : <p className="note">{t('teams.readOnly')}</p>}
      </SectionHeading>
      <ErrorAlert error={teams.error ?? teammates.error ?? assignment.error} />
      {canManage ? (
        <section aria-labelledby="new-team-title" className="card">
          <h3 id="new-team-title">{t('teams.createTitle')}</h3>
          <TeamForm
            idPrefix="new-team"
            teammates={admins}
            submitLabel={t('teams.create')}
            onSubmit={(body) => api.createTeam(body)}
            onSaved={teams.reload}
          />
        </section>
      ) : null}
      {teams.data === undefined ? <Loading /> : null}
      {teams.data?.teams.length === 0 ? <p className="muted">{t('teams.empty')}</p> : null}
      <ul className="card-grid">
        {teams.data?.teams.map((team) => (
          <TeamCard
            key={team.id}
            team={team}
            teammates={admins}
            canManage={canManage}
            isDefault={team.id === assignment.data?.default_team_id}
            onChanged={teams.reload}
          />
        ))}
      </ul>
    </>
  );
}
