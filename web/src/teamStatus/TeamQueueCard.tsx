import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamQueue } from '../../../protocol/assignment.ts';
import { formatDuration } from '../lib/duration.ts';
import { TeamMethodSummary } from '../settings/assignment/TeamMethodSummary.tsx';
import { secondsSince } from './presence.ts';

interface TeamQueueCardProps {
  team: TeamQueue;
  members: { id: number; name: string }[];
  now: number;
}

/** One team: how it hands out conversations, who is in it, and what waits in its queue and since when. */
export function TeamQueueCard({ team, members, now }: TeamQueueCardProps) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const membersId = useId();
  const queue =
    team.queued === 0
      ? t('teamStatus.nobodyWaiting')
      : t('teamStatus.waiting', {
          count: team.queued,
          duration: formatDuration(secondsSince(team.oldest_queued_at ?? now, now), i18n.language, 'long'),
        });
  return (
    <li className="card status-card" aria-labelledby={nameId}>
      <h3 id={nameId}>{team.name}</h3>
      <TeamMethodSummary team={team} isExplained={false} />
      <p className={team.queued > 0 ? 'queue-line is-waiting' : 'queue-line'}>
        <span className="queue-label">{t('teamStatus.queueLabel')}</span>
        <span>{queue}</span>
      </p>
      <div className="member-list">
        <p id={membersId}>{t('teamStatus.members')}</p>
        {members.length === 0 ? (
          <p>{t('teamStatus.noMembers')}</p>
        ) : (
          <ul className="chips" aria-labelledby={membersId}>
            {members.map((member) => (
              <li key={member.id} className="chip">
                {member.name}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
