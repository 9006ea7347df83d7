import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';

interface StateActionsProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

/** Close an open (or snoozed) conversation; reopen a closed one. */
export function StateActions({ conversation, onChanged }: StateActionsProps) {
  const { t } = useTranslation();
  const { run, isBusy, error } = useAction();
  const isClosed = conversation.state === 'closed';
  const change = () =>
    run(async () =>
      onChanged(await api.manageConversation(conversation.id, { message_type: isClosed ? 'open' : 'close' })),
    );
  return (
    <div className="state-actions">
      <button
        type="button"
        className={`button ${isClosed ? 'secondary' : 'primary'}`}
        disabled={isBusy}
        onClick={change}
      >
        {isClosed ? t('details.reopen') : t('details.close')}
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
