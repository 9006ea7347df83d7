import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';

interface PriorityToggleProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

/** Marks the conversation as priority, or takes the mark away. */
export function PriorityToggle({ conversation, onChanged }: PriorityToggleProps) {
  const { t } = useTranslation();
  const { run, isBusy, error } = useAction();
  const isPriority = conversation.priority === 'priority';
  const toggle = () =>
    run(async () =>
      onChanged(await api.updateConversation(conversation.id, { priority: isPriority ? 'not_priority' : 'priority' })),
    );
  return (
    <div className="details-field">
      <button
        type="button"
        className={`button secondary small priority-toggle${isPriority ? ' is-priority' : ''}`}
        aria-pressed={isPriority}
        disabled={isBusy}
        onClick={toggle}
      >
        <span aria-hidden="true">★ </span>
        {t('details.priority')}
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
