import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation, ConversationPart } from '../../../protocol/conversations.ts';
import { TeamNamesProvider } from './assignment/TeamNamesProvider.tsx';
import { contactName } from './contactName.ts';
import { PartBubble } from './PartBubble.tsx';
import { TicketRowMarker } from './tickets/TicketRowMarker.tsx';
import { useMentionNames } from './useMentionNames.ts';

/** The opening message, as a part, so the thread renders it like every other message. */
function openingPart(conversation: Conversation): ConversationPart {
  const { source } = conversation;
  return {
    type: 'conversation_part',
    id: `source-${source.id}`,
    part_type: 'comment',
    body: source.body,
    created_at: conversation.created_at,
    updated_at: conversation.created_at,
    notified_at: conversation.created_at,
    assigned_to: null,
    author: source.author,
    attachments: [],
    external_id: null,
    redacted: source.redacted,
    state: 'open',
    public: true,
    metadata: null,
  };
}

/** Which option the customer clicked on each bot question: bot step id → option id. */
function chosenOptions(parts: readonly ConversationPart[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const { metadata } of parts) {
    if (typeof metadata?.bot_step_id === 'string' && typeof metadata.bot_option_id === 'string') {
      chosen.set(metadata.bot_step_id, metadata.bot_option_id);
    }
  }
  return chosen;
}

function chosenOptionOf(part: ConversationPart, chosen: Map<string, string>): string | undefined {
  if (part.author.type !== 'bot' || typeof part.metadata?.bot_step_id !== 'string') return undefined;
  return chosen.get(part.metadata.bot_step_id);
}

interface ThreadProps {
  conversation: Conversation;
  takesFocus?: boolean;
  /** Narrow screens: the way back to the list (before the title) and the details panel's button (at the end). */
  backButton?: ReactNode;
  detailsButton?: ReactNode;
  /** Close, snooze, open now: the conversation's state actions, at the header's end. */
  actions?: ReactNode;
}

/** The conversation from its first message, oldest first; new messages are announced to screen readers. */
export function Thread({ conversation, takesFocus = false, backButton, detailsButton, actions }: ThreadProps) {
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  const parts = [openingPart(conversation), ...(conversation.conversation_parts?.conversation_parts ?? [])];
  const end = useRef<HTMLDivElement>(null);
  const lastPartId = parts.at(-1)?.id;
  const chosen = chosenOptions(parts);
  const mentionNames = useMentionNames();

  useEffect(() => {
    if (lastPartId) end.current?.scrollIntoView({ block: 'end' });
  }, [lastPartId]);

  useEffect(() => {
    if (takesFocus) title.current?.focus({ preventScroll: true });
  }, [takesFocus]);

  return (
    <section className="thread" aria-labelledby="thread-title">
      <header className="thread-header">
        {backButton}
        <h2 id="thread-title" ref={title} tabIndex={-1}>
          {contactName(conversation, t)}
        </h2>
        <span className={`badge state-${conversation.state}`}>{t(`stateBadge.${conversation.state}`)}</span>
        {conversation.priority === 'priority' ? <span className="badge priority">{t('details.priority')}</span> : null}
        {conversation.ticket_state ? <TicketRowMarker state={conversation.ticket_state} /> : null}
        {actions}
        {detailsButton}
      </header>
      <div role="log" aria-live="polite" aria-label={t('thread.label')}>
        <TeamNamesProvider>
          <ol className="thread-parts">
            {parts.map((part) => (
              <PartBubble
                key={part.id}
                part={part}
                chosenOptionId={chosenOptionOf(part, chosen)}
                mentionNames={mentionNames}
              />
            ))}
          </ol>
        </TeamNamesProvider>
      </div>
      <div ref={end} />
    </section>
  );
}
