import { useEffect } from 'preact/hooks';
import { bridge } from '../core/context.ts';
import { ConversationList } from './ConversationList.tsx';
import { ConversationScreen } from './ConversationScreen.tsx';
import { CloseButton } from './Header.tsx';
import { Home } from './Home.tsx';
import { NewConversation } from './NewConversation.tsx';
import { TicketList } from './TicketList.tsx';
import { TicketScreen } from './TicketScreen.tsx';
import { useMessenger } from './useMessenger.ts';

function closeOnEscape(event: KeyboardEvent) {
  if (event.key === 'Escape') bridge.post({ type: 'charla:close' });
}

/** The messenger's screens: Home, Messages, a conversation, a new conversation, Tickets, a ticket. */
export function Messenger() {
  const { state, t } = useMessenger();
  useEffect(() => {
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, []);

  if (state.status !== 'ready') {
    return (
      <div class="screen is-waiting">
        <div class="waiting-top">
          <CloseButton t={t} />
        </div>
        <p class="empty" role="status">
          {state.status === 'starting' ? t('state.loading') : t('state.failed')}
        </p>
      </div>
    );
  }
  const { view } = state;
  if (view.name === 'messages') return <ConversationList />;
  if (view.name === 'new') return <NewConversation />;
  if (view.name === 'conversation') return <ConversationScreen key={view.id} id={view.id} />;
  if (view.name === 'tickets') return <TicketList />;
  if (view.name === 'ticket') return <TicketScreen key={view.id} id={view.id} />;
  return <Home />;
}
