import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { AssigneePicker } from './AssigneePicker.tsx';
import { StateActions } from './StateActions.tsx';

interface ConversationDetailsProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

/** The right panel: who has the conversation, and closing or reopening it. */
export function ConversationDetails({ conversation, onChanged }: ConversationDetailsProps) {
  const { t } = useTranslation();
  return (
    <aside className="conversation-details" aria-labelledby="details-title">
      <h2 id="details-title" className="visually-hidden">
        {t('details.title')}
      </h2>
      <StateActions conversation={conversation} onChanged={onChanged} />
      <AssigneePicker conversation={conversation} onChanged={onChanged} />
    </aside>
  );
}
