import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { useFormatTime } from '../lib/useFormatTime.ts';
import { useNow } from '../lib/useNow.ts';
import { useSignedIn } from '../session/context.ts';
import { summarize } from './presence.ts';
import { StatusSummary } from './StatusSummary.tsx';
import { TeammateStatusCard } from './TeammateStatusCard.tsx';
import { TeamQueueCard } from './TeamQueueCard.tsx';
import { useTeamStatus } from './useTeamStatus.ts';

/** `/team-status`, loaded lazily by the app frame: who takes conversations now and what waits (managers, admins). */
export default function TeamStatusPage() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  useDocumentTitle(t('teamStatus.title'));
  return (
    <div className="page team-status">
      <header className="page-header">
        <h1>{t('teamStatus.title')}</h1>
        {me.role === 'agent' ? <p className="note">{t('teamStatus.managersOnly')}</p> : null}
      </header>
      {me.role === 'agent' ? null : <TeamStatusBoard />}
    </div>
  );
}

function TeamStatusBoard() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const status = useTeamStatus();
  const now = useNow(15_000);
  const formatTime = useFormatTime();
  const { data } = status;
  const teamName = new Map(data?.teams.map((team) => [Number(team.id), team.name]));
  const teammateName = new Map(data?.teammates.map((teammate) => [Number(teammate.id), teammate.name]));
  const teamNamesOf = (ids: number[]) => ids.flatMap((id) => teamName.get(id) ?? []);
  // An answer newer than the ticking clock must not show a wait that grows backwards.
  const current = Math.max(now, status.updatedAt ?? 0);

  return (
    <>
      <div className="status-intro">
        <p className="muted">{t('teamStatus.intro')}</p>
        <p className="status-meta">
          {status.updatedAt === undefined ? null : (
            <span className="muted">{t('teamStatus.updated', { time: formatTime(status.updatedAt) })}</span>
          )}
          <Link href="/settings/assignment">{t('assignment.title')}</Link>
        </p>
      </div>
      <ErrorAlert error={status.error} />
      {data === undefined ? (
        <Loading />
      ) : (
        <>
          <StatusSummary summary={summarize(data)} />
          <section aria-labelledby="status-teammates-title">
            <h2 id="status-teammates-title">{t('teamStatus.teammatesTitle')}</h2>
            <ul className="status-grid">
              {data.teammates.map((teammate) => (
                <TeammateStatusCard
                  key={teammate.id}
                  teammate={teammate}
                  isMe={teammate.id === me.id}
                  teamNames={teamNamesOf(teammate.team_ids)}
                  now={current}
                  onChanged={status.reload}
                />
              ))}
            </ul>
          </section>
          <section aria-labelledby="status-teams-title">
            <h2 id="status-teams-title">{t('teamStatus.teamsTitle')}</h2>
            {data.teams.length === 0 ? <p className="muted">{t('teamStatus.empty')}</p> : null}
            <ul className="status-grid">
              {data.teams.map((team) => (
                <TeamQueueCard
                  key={team.id}
                  team={team}
                  members={team.admin_ids.flatMap((id) => {
                    const name = teammateName.get(id);
                    return name === undefined ? [] : [{ id, name }];
                  })}
                  now={current}
                />
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
