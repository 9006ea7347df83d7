import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import type { Ticket } from '../../../protocol/tickets.ts';
import { AssigneePicker } from './AssigneePicker.tsx';
import { AssignmentReason } from './assignment/AssignmentReason.tsx';
import { BotSummaryCard } from './BotSummaryCard.tsx';
import { ContactDetails } from './ContactDetails.tsx';
import { PriorityToggle } from './PriorityToggle.tsx';
import { TagEditor } from './TagEditor.tsx';
import { TeamPicker } from './TeamPicker.tsx';
import { LinkedTickets } from './tickets/LinkedTickets.tsx';
import { TicketPanel } from './tickets/TicketPanel.tsx';

interface ConversationDetailsProps {
  conversation: Conversation;
  /** When the conversation is a ticket (once loaded). */
  ticket: Ticket | undefined;
  onChanged: (conversation: Conversation) => void;
  onTicketChanged: (ticket: Ticket) => void;
}

/**
 * The right panel: a ticket's own details first; the customer's answers to the bot (what the query is about),
 * then who has the conversation (and why), its priority and tags, its tickets, and who the customer is. Close and
 * snooze are in the thread's header (StateActions).
 */
export function ConversationDetails({ conversation, ticket, onChanged, onTicketChanged }: ConversationDetailsProps) {
  const { t } = useTranslation();
  return (
    <aside className="conversation-details" aria-labelledby="details-title">
      <h2 id="details-title" className="visually-hidden">
        {t('details.title')}
      </h2>
      {ticket ? <TicketPanel ticket={ticket} onChanged={onTicketChanged} /> : null}
      <BotSummaryCard conversation={conversation} />
      <div className="assignee-block">
        <AssigneePicker conversation={conversation} onChanged={onChanged} />
        <AssignmentReason conversation={conversation} />
      </div>
      <TeamPicker conversation={conversation} onChanged={onChanged} />
      <PriorityToggle conversation={conversation} onChanged={onChanged} />
      <TagEditor conversation={conversation} onChanged={onChanged} />
      {conversation.ticket_state === null ? <LinkedTickets conversation={conversation} /> : null}
      <ContactDetails conversation={conversation} />
    </aside>
  );
}
