import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { AssigneePicker } from './AssigneePicker.tsx';
import { AssignmentReason } from './assignment/AssignmentReason.tsx';
import { BotSummaryCard } from './BotSummaryCard.tsx';
import { ContactDetails } from './ContactDetails.tsx';
import { PriorityToggle } from './PriorityToggle.tsx';
import { SnoozeMenu } from './SnoozeMenu.tsx';
import { StateActions } from './StateActions.tsx';
import { TagEditor } from './TagEditor.tsx';
import { TeamPicker } from './TeamPicker.tsx';

interface ConversationDetailsProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

/**
 * The right panel: the customer's answers to the bot first (what the query is about), then who has the
 * conversation (and why), its state, priority and tags, and who the customer is.
 */
export function ConversationDetails({ conversation, onChanged }: ConversationDetailsProps) {
  const { t } = useTranslation();
  return (
    <aside className="conversation-details" aria-labelledby="details-title">
      <h2 id="details-title" className="visually-hidden">
        {t('details.title')}
      </h2>
      <BotSummaryCard conversation={conversation} />
      <StateActions conversation={conversation} onChanged={onChanged} />
      {conversation.state === 'closed' ? null : <SnoozeMenu conversation={conversation} onChanged={onChanged} />}
      <div className="assignee-block">
        <AssigneePicker conversation={conversation} onChanged={onChanged} />
        <AssignmentReason conversation={conversation} />
      </div>
      <TeamPicker conversation={conversation} onChanged={onChanged} />
      <PriorityToggle conversation={conversation} onChanged={onChanged} />
      <TagEditor conversation={conversation} onChanged={onChanged} />
      <ContactDetails conversation={conversation} />
    </aside>
  );
}
