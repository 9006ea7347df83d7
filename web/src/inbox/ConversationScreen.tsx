import { useCallback, useState } from 'react';
import type { Conversation } from '../../../protocol/conversations.ts';
import type { CharlaEvent } from '../../../protocol/events.ts';
import type { Ticket } from '../../../protocol/tickets.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { BackToListLink } from '../layout/BackToListLink.tsx';
import { DetailsButton, DetailsPanel, useDetailsPanel } from '../layout/DetailsPanel.tsx';
import { useResource } from '../lib/useResource.ts';
import { useReadWhileOnScreen } from '../notifications/useReadWhileOnScreen.ts';
import { useLiveRefresh } from '../realtime/useLiveRefresh.ts';
import { Composer } from './Composer.tsx';
import { ConversationDetails } from './ConversationDetails.tsx';
import { takeMovedOnFocus } from './listOrder.ts';
import { PresenceNotices } from './PresenceNotices.tsx';
import { StateActions } from './StateActions.tsx';
import { Thread } from './Thread.tsx';
import { useOpenTicket } from './tickets/useOpenTicket.ts';

const THREAD_TOPICS = new Set<string>(['conversation.part.created', 'conversation.updated']);

interface ConversationScreenProps {
  conversationId: string;
  /** Move the keyboard focus to the conversation's title once it shows (opened from elsewhere than its row). */
  takesFocus?: boolean;
  /** The list it was opened from: where the thread's back button leads when only one pane shows. */
  listHref?: string;
}

/** An open conversation (or ticket): the thread with its composer, and the details panel on the right. */
export function ConversationScreen({ conversationId, takesFocus = false, listHref }: ConversationScreenProps) {
  const load = useCallback(() => api.getConversation(conversationId), [conversationId]);
  const conversation = useResource(load);
  const isAboutThis = (event: CharlaEvent) =>
    event.conversation_id === conversationId && THREAD_TOPICS.has(event.topic);
  useLiveRefresh(conversation.reload, isAboutThis, 150);

  useReadWhileOnScreen(conversation.data);
  // Moved on to after closing or snoozing the previous one: the keyboard carries on here.
  const [isMovedOnTo] = useState(() => takeMovedOnFocus(conversationId));

  const details = useDetailsPanel();
  const ticket = useOpenTicket(conversationId, Boolean(conversation.data?.ticket_state));
  const show = conversation.replace;
  const onChanged = useCallback((changed: Conversation) => show(changed), [show]);
  const { replace: showTicket } = ticket;
  const { reload: reloadConversation } = conversation;
  // A ticket change also writes to the thread (state changed, title updated): read it again.
  const onTicketChanged = useCallback(
    (changed: Ticket) => {
      showTicket(changed);
      reloadConversation();
    },
    [showTicket, reloadConversation],
  );

  if (!conversation.data) {
    return (
      <div className="conversation-screen">
        {conversation.error ? <ErrorAlert error={conversation.error} /> : <Loading />}
      </div>
    );
  }
  return (
    <div className="conversation-screen">
      <div className="conversation-main">
        <Thread
          conversation={conversation.data}
          takesFocus={takesFocus || isMovedOnTo}
          backButton={listHref ? <BackToListLink href={listHref} /> : null}
          detailsButton={<DetailsButton panel={details} />}
          actions={<StateActions conversation={conversation.data} onChanged={onChanged} />}
        />
        <PresenceNotices conversation={conversation.data} />
        <Composer
          conversationId={conversationId}
          contactName={conversation.data.contacts.contacts[0]?.name}
          ticket={ticket.data ?? undefined}
          onSent={onChanged}
        />
      </div>
      <DetailsPanel panel={details}>
        <ConversationDetails
          conversation={conversation.data}
          ticket={ticket.data ?? undefined}
          onChanged={onChanged}
          onTicketChanged={onTicketChanged}
        />
      </DetailsPanel>
    </div>
  );
}
