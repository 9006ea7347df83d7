import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeammateStatus } from '../../../protocol/assignment.ts';
import { formatDuration } from '../lib/duration.ts';
import { AwayControl } from './AwayControl.tsx';
import { presenceOf, secondsSince } from './presence.ts';

interface TeammateStatusCardProps {
  teammate: TeammateStatus;
  isMe: boolean;
  teamNames: string[];
  now: number;
  onChanged: () => void;
}

/** One teammate: active or away, online or not, how many open conversations they hold, teams and languages. */
export function TeammateStatusCard({ teammate, isMe, teamNames, now, onChanged }: TeammateStatusCardProps) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const presence = presenceOf(teammate);
  const isAway = teammate.status === 'away';
  const seen = teammate.online
    ? t('teamStatus.online')
    : teammate.last_seen_at === null
      ? t('teamStatus.neverSeen')
      : t('teamStatus.seenAgo', {
          duration: formatDuration(secondsSince(teammate.last_seen_at, now), i18n.language, 'long'),
        });
  return (
    <li className={`card status-card is-${presence}`} aria-labelledby={nameId}>
      <div className="status-card-head">
        <h3 id={nameId}>
          {teammate.name} {isMe ? <span className="muted">{t('common.you')}</span> : null}
        </h3>
        <span className={`badge ${isAway ? 'is-away' : 'is-active'}`}>
          {isAway ? t('status.away') : t('status.active')}
        </span>
      </div>
      <p className={`presence ${teammate.online ? 'is-online' : 'is-offline'}`}>
        <span className="presence-dot" aria-hidden="true" />
        {seen}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('teamStatus.open')}</dt>
          <dd className="fact-number">{teammate.open_count}</dd>
        </div>
        <div>
          <dt>{t('teamStatus.teams')}</dt>
          <dd>{teamNames.length > 0 ? teamNames.join(', ') : t('teamStatus.noTeams')}</dd>
        </div>
        <div>
          <dt>{t('teamStatus.languages')}</dt>
          <dd>{teammate.languages.map((language) => t(`language.${language}`)).join(', ')}</dd>
        </div>
      </dl>
      <AwayControl teammate={teammate} onChanged={onChanged} />
    </li>
  );
}
