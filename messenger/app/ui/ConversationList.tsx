import { navigate } from '../core/navigation.ts';
import { totalUnread } from '../core/parts.ts';
import { ticketUnread } from '../core/ticket-state.ts';
import { ConversationRow } from './ConversationRow.tsx';
import { ScreenHeader } from './Header.tsx';
import { SendIcon } from './Icons.tsx';
import { TabBar } from './TabBar.tsx';
import { useMessenger } from './useMessenger.ts';

/** Every conversation of the customer, newest first. */
export function ConversationList() {
  const { state, t } = useMessenger();
  const workspaceName = state.boot?.settings.workspace_name ?? '';
  return (
    <div class="screen">
      <ScreenHeader title={t('list.title')} t={t} />
      <div class="screen-body">
        {state.listLoaded && state.conversations.length === 0 && <p class="empty">{t('list.empty')}</p>}
        {!state.listLoaded && <p class="empty">{t('state.loading')}</p>}
        <ul class="conversation-list" aria-label={t('list.label')}>
          {state.conversations.map((conversation) => (
            <ConversationRow
              key={conversation.id}
              conversation={conversation}
              workspaceName={workspaceName}
              language={state.language}
              t={t}
            />
          ))}
        </ul>
      </div>
      <div class="list-actions">
        <button type="button" class="primary-button" onClick={() => navigate({ name: 'new' })}>
          {t('home.send')}
          <SendIcon />
        </button>
      </div>
      <TabBar
        current="messages"
        unread={totalUnread(state.conversations)}
        ticketUnread={ticketUnread(state.tickets)}
        hasTickets={state.tickets.length > 0}
        t={t}
      />
    </div>
  );
}
