import { navigate } from '../core/navigation.ts';
import { totalUnread } from '../core/parts.ts';
import { store } from '../core/state.ts';
import { ticketUnread } from '../core/ticket-state.ts';
import { ConversationRow } from './ConversationRow.tsx';
import { CloseButton } from './Header.tsx';
import { SendIcon } from './Icons.tsx';
import { TabBar } from './TabBar.tsx';
import { TicketRow } from './TicketRow.tsx';
import { useMessenger } from './useMessenger.ts';

function startConversation() {
  navigate({ name: 'new' });
  store.set((state) => ({ focusRequest: state.focusRequest + 1 }));
}

/** The first screen: the workspace's greeting, a way to write, and the latest conversations. */
export function Home() {
  const { state, t } = useMessenger();
  const settings = state.boot?.settings;
  const workspaceName = settings?.workspace_name ?? '';
  const recent = state.conversations.slice(0, 3);
  const tickets = state.tickets.slice(0, 2);
  return (
    <div class="screen home">
      <div class="screen-body home-scroll">
        <header class="home-header">
          <div class="home-top">
            <span class="home-workspace">{workspaceName}</span>
            <CloseButton t={t} />
          </div>
          <h1 class="home-greeting">{settings?.greeting}</h1>
        </header>
        <div class="home-cards">
          <button type="button" class="card send-card" onClick={startConversation}>
            <span class="send-card-text">
              <strong>{t('home.send')}</strong>
              <span>{t('home.sendHint')}</span>
            </span>
            <span class="send-card-icon">
              <SendIcon />
            </span>
          </button>
          {recent.length > 0 && (
            <section class="card recent" aria-labelledby="recent-title">
              <h2 id="recent-title">{t('home.recent')}</h2>
              <ul class="conversation-list">
                {recent.map((conversation) => (
                  <ConversationRow
                    key={conversation.id}
                    conversation={conversation}
                    workspaceName={workspaceName}
                    language={state.language}
                    t={t}
                  />
                ))}
              </ul>
              {state.conversations.length > recent.length && (
                <button type="button" class="link-button" onClick={() => navigate({ name: 'messages' })}>
                  {t('home.seeAll')}
                </button>
              )}
            </section>
          )}
          {tickets.length > 0 && (
            <section class="card recent" aria-labelledby="tickets-title">
              <h2 id="tickets-title">{t('tickets.label')}</h2>
              <ul class="conversation-list">
                {tickets.map((ticket) => (
                  <TicketRow key={ticket.id} ticket={ticket} language={state.language} t={t} />
                ))}
              </ul>
              {state.tickets.length > tickets.length && (
                <button type="button" class="link-button" onClick={() => navigate({ name: 'tickets' })}>
                  {t('home.seeAll')}
                </button>
              )}
            </section>
          )}
        </div>
      </div>
      <TabBar
        current="home"
        unread={totalUnread(state.conversations)}
        ticketUnread={ticketUnread(state.tickets)}
        hasTickets={state.tickets.length > 0}
        t={t}
      />
    </div>
  );
}
