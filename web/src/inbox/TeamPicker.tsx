import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useResource } from '../lib/useResource.ts';

interface TeamPickerProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

const loadTeams = () => api.listTeams().then((list) => list.teams);

/** Hands the conversation to a team, or to no team. */
export function TeamPicker({ conversation, onChanged }: TeamPickerProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const teams = useResource(loadTeams);
  const { run, isBusy, error } = useAction();
  const current = conversation.team_assignee_id === null ? '0' : String(conversation.team_assignee_id);

  function assign(teamId: string) {
    void run(async () =>
      onChanged(
        await api.manageConversation(conversation.id, {
          message_type: 'assignment',
          type: 'team',
          assignee_id: teamId,
        }),
      ),
    );
  }

  return (
    <div className="field details-field">
      <label htmlFor={selectId}>{t('details.team')}</label>
      <select id={selectId} value={current} disabled={isBusy} onChange={(event) => assign(event.target.value)}>
        <option value="0">{t('details.noTeam')}</option>
        {(teams.data ?? []).map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <ErrorAlert error={error ?? teams.error} />
    </div>
  );
}
