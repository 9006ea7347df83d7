import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useSignedIn } from '../session/context.ts';
import { useTeammates } from './TeammatesProvider.tsx';

interface AssigneePickerProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

/** Hands the conversation to any active teammate (a manager, a supervisor, yourself), or to nobody. */
export function AssigneePicker({ conversation, onChanged }: AssigneePickerProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const { active } = useTeammates();
  const selectId = useId();
  const searchId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [refocus, setRefocus] = useState(false);
  const [search, setSearch] = useState('');
  const { run, isBusy, error } = useAction();
  const current = conversation.admin_assignee_id === null ? '0' : String(conversation.admin_assignee_id);

  // Saving disables the select (and "Assign to me" goes away once it is yours), which drops the keyboard
  // focus to the page: give it back to the select once it is enabled again.
  useEffect(() => {
    if (!refocus || isBusy) return;
    setRefocus(false);
    if (document.activeElement === document.body) select.current?.focus();
  }, [refocus, isBusy]);

  function assign(assigneeId: string) {
    setRefocus(true);
    void run(async () =>
      onChanged(
        await api.manageConversation(conversation.id, {
          message_type: 'assignment',
          type: 'admin',
          assignee_id: assigneeId,
        }),
      ),
    );
  }

  const needle = search.trim().toLocaleLowerCase();
  // The current assignee stays listed, so the select always shows who has the conversation.
  const offered = active.filter(
    (admin) =>
      admin.id === current ||
      admin.name.toLocaleLowerCase().includes(needle) ||
      admin.email.toLocaleLowerCase().includes(needle),
  );

  return (
    <div className="field details-field">
      <label htmlFor={selectId}>{t('details.assignee')}</label>
      <input
        id={searchId}
        type="search"
        className="picker-search"
        value={search}
        placeholder={t('details.searchTeammates')}
        aria-label={t('details.searchTeammates')}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select
        id={selectId}
        ref={select}
        value={current}
        disabled={isBusy}
        onChange={(event) => assign(event.target.value)}
      >
        <option value="0">{t('details.nobody')}</option>
        {offered.map((admin) => (
          <option key={admin.id} value={admin.id}>
            {admin.id === me.id ? t('details.me', { name: admin.name }) : admin.name}
            {admin.away_mode_enabled ? ` · ${t('details.away')}` : ''}
          </option>
        ))}
      </select>
      {current !== me.id ? (
        <button type="button" className="button secondary small" disabled={isBusy} onClick={() => assign(me.id)}>
          {t('details.assignToMe')}
        </button>
      ) : null}
      <ErrorAlert error={error} />
    </div>
  );
}
