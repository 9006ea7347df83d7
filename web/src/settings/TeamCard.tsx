import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admin } from '../../../protocol/admins.ts';
import type { Team } from '../../../protocol/teams.ts';
import { api } from '../api.ts';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { TeamMethodSummary } from './assignment/TeamMethodSummary.tsx';
import { TeamForm } from './TeamForm.tsx';

interface TeamCardProps {
  team: Team;
  teammates: Admin[];
  canManage: boolean;
  /** The workspace's default team, which takes what no workflow routed elsewhere. */
  isDefault: boolean;
  onChanged: () => void;
}

export function TeamCard({ team, teammates, canManage, isDefault, onChanged }: TeamCardProps) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // The form replaces the card and back: the keyboard goes into the form, then back to "Edit".
  useEffect(() => {
    if (!isEditing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);
  const { run, isBusy, error } = useAction();
  const members = teammates.filter((teammate) => team.admin_ids.includes(Number(teammate.id)));

  if (isEditing) {
    return (
      <li className="card">
        <h3>{t('teams.editTitle', { name: team.name })}</h3>
        <TeamForm
          idPrefix={`team-${team.id}`}
          teammates={teammates}
          initial={team}
          submitLabel={t('common.save')}
          onSubmit={(body) => api.updateTeam(team.id, body)}
          onSaved={() => {
            setIsEditing(false);
            onChanged();
          }}
          onCancel={() => setIsEditing(false)}
          focusOnMount
        />
      </li>
    );
  }
  return (
    <li className="card team-card">
      <div className="team-card-title">
        <h3>{team.name}</h3>
        {isDefault ? <span className="badge is-default">{t('assignment.defaultBadge')}</span> : null}
      </div>
      <TeamMethodSummary team={team} />
      {isDefault ? <p className="hint">{t('assignment.defaultBadgeHint')}</p> : null}
      {members.length === 0 ? (
        <p className="muted">{t('teams.noMembers')}</p>
      ) : (
        <ul className="chips" aria-label={t('teams.members')}>
          {members.map((member) => (
            <li key={member.id} className="chip">
              {member.name}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} />
      {canManage ? (
        <div className="form-actions">
          <button
            ref={editButton}
            type="button"
            className="button secondary small"
            aria-label={t('teams.editNamed', { name: team.name })}
            onClick={() => setIsEditing(true)}
          >
            {t('teams.edit')}
          </button>
          <ConfirmButton
            label={t('teams.delete')}
            ariaLabel={t('teams.deleteNamed', { name: team.name })}
            isDisabled={isBusy}
            onConfirm={() => run(() => api.deleteTeam(team.id).then(onChanged))}
          />
        </div>
      ) : null}
    </li>
  );
}
