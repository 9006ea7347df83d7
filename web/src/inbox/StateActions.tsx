import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { CloseConversationIcon, OpenIcon } from '../layout/icons.tsx';
import { useAction } from '../lib/useAction.ts';
import { SnoozeMenu } from './SnoozeMenu.tsx';
import { useMoveOn } from './useMoveOn.ts';

interface StateActionsProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

/**
 * The thread header's actions, where Intercom has them: Snooze (a menu of times), "Open now" for a snoozed
 * conversation, Close (then on to the next conversation, when the teammate moves on after closing), Reopen.
 */
export function StateActions({ conversation, onChanged }: StateActionsProps) {
  const { t } = useTranslation();
  const { run, isBusy, error } = useAction();
  const moveOn = useMoveOn();
  const change = (messageType: 'open' | 'close') =>
    run(async () => {
      onChanged(await api.manageConversation(conversation.id, { message_type: messageType }));
      if (messageType === 'close') moveOn(conversation.id);
    });
  const { state } = conversation;
  return (
    <div className="thread-actions">
      {state === 'closed' ? null : <SnoozeMenu conversation={conversation} onChanged={onChanged} />}
      {state === 'snoozed' ? (
        <button
          type="button"
          className="button secondary small"
          title={t('drafts.openNow')}
          disabled={isBusy}
          onClick={() => change('open')}
        >
          <OpenIcon />
          <span className="action-label">{t('drafts.openNow')}</span>
        </button>
      ) : null}
      {state === 'closed' ? (
        <button
          type="button"
          className="button secondary small"
          title={t('details.reopen')}
          disabled={isBusy}
          onClick={() => change('open')}
        >
          <OpenIcon />
          <span className="action-label">{t('details.reopen')}</span>
        </button>
      ) : (
        <button
          type="button"
          className="button primary small"
          title={`${t('details.close')} (c)`}
          disabled={isBusy}
          aria-keyshortcuts="c"
          onClick={() => change('close')}
        >
          <CloseConversationIcon />
          <span className="action-label">{t('details.close')}</span>
        </button>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
