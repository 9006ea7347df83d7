import { useState } from 'preact/hooks';
import { openQuestion } from '../core/bot.ts';
import { answerQuestion, retryMessage, sendMessage } from '../core/conversations.ts';
import { notifyTyping, stopTyping } from '../core/live.ts';
import { back } from '../core/navigation.ts';
import { unconfirmed } from '../core/outbox.ts';
import { openTicket } from '../core/tickets.ts';
import { Composer } from './Composer.tsx';
import { ScreenHeader } from './Header.tsx';
import { Thread } from './Thread.tsx';
import { useMessenger } from './useMessenger.ts';

/** What the customer had typed in each conversation, kept while they look elsewhere. */
const drafts = new Map<string, string>();

/** One conversation: its thread, the bot's buttons, who is typing, and the composer. */
export function ConversationScreen({ id }: { id: string }) {
  const { state, t } = useMessenger();
  const [text, setText] = useState(() => drafts.get(id) ?? '');
  const conversation = state.conversations.find((item) => item.id === id);
  const parts = state.threads[id];
  const workspaceName = state.boot?.settings.workspace_name ?? '';
  const onChange = (value: string) => {
    drafts.set(id, value);
    setText(value);
  };
  return (
    <div class="screen conversation">
      <ScreenHeader
        title={workspaceName}
        subtitle={state.connection === 'offline' ? t('state.offline') : undefined}
        onBack={back}
        t={t}
      />
      {parts ? (
        <Thread
          parts={parts}
          pending={unconfirmed(state.outbox, id, parts)}
          onRetry={retryMessage}
          question={openQuestion(conversation, parts, state.answered)}
          onAnswer={(stepId, option) => answerQuestion(id, stepId, option)}
          onOpenTicket={openTicket}
          typing={state.typing[id]}
          language={state.language}
          t={t}
        />
      ) : (
        <p class="thread is-loading">{t('thread.loading')}</p>
      )}
      {conversation?.state === 'closed' && <p class="closed-notice">{t('thread.closed')}</p>}
      <Composer
        value={text}
        onChange={onChange}
        onSend={(body) => {
          stopTyping();
          sendMessage(id, body);
        }}
        onTyping={() => notifyTyping(id)}
        focusRequest={state.focusRequest}
        isOpen={state.open}
        t={t}
      />
    </div>
  );
}
