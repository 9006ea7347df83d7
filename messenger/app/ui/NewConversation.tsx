import { retryMessage, sendMessage } from '../core/conversations.ts';
import { back } from '../core/navigation.ts';
import { unconfirmed } from '../core/outbox.ts';
import { store } from '../core/state.ts';
import { Avatar } from './Avatar.tsx';
import { Composer } from './Composer.tsx';
import { ScreenHeader } from './Header.tsx';
import { Thread } from './Thread.tsx';
import { useMessenger } from './useMessenger.ts';

/** A conversation not started yet: the first message creates it (showNewMessage pre-fills it). */
export function NewConversation() {
  const { state, t } = useMessenger();
  const workspaceName = state.boot?.settings.workspace_name ?? '';
  const intro = (
    <div class="group from-team">
      <Avatar name={workspaceName} />
      <div class="group-body">
        <p class="group-author">{workspaceName}</p>
        <div class="bubble is-text">{t('new.intro')}</div>
      </div>
    </div>
  );
  return (
    <div class="screen conversation">
      <ScreenHeader
        title={t('new.title')}
        subtitle={workspaceName}
        onBack={state.history.length > 0 ? back : undefined}
        t={t}
      />
      <Thread
        parts={[]}
        pending={unconfirmed(state.outbox, null, [])}
        onRetry={retryMessage}
        intro={intro}
        language={state.language}
        t={t}
      />
      <Composer
        value={state.draft}
        onChange={(draft) => store.set({ draft })}
        onSend={(body) => sendMessage(null, body)}
        focusRequest={state.focusRequest}
        isOpen={state.open}
        t={t}
      />
    </div>
  );
}
