import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation, ConversationPart } from '../../../protocol/conversations.ts';
import { BotSummaryCard } from './BotSummaryCard.tsx';
import { contactName } from './contactName.ts';
import { PartBubble } from './PartBubble.tsx';

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

/** The conversation from its first message, oldest first; new messages are announced to screen readers. */
export function Thread({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const parts = [openingPart(conversation), ...(conversation.conversation_parts?.conversation_parts ?? [])];
  const end = useRef<HTMLDivElement>(null);
  const lastPartId = parts.at(-1)?.id;

  useEffect(() => {
    if (lastPartId) end.current?.scrollIntoView({ block: 'end' });
  }, [lastPartId]);

  return (
    <section className="thread" aria-labelledby="thread-title">
      <header className="thread-header">
        <h2 id="thread-title">{contactName(conversation, t)}</h2>
        <span className={`badge state-${conversation.state}`}>{t(`stateBadge.${conversation.state}`)}</span>
        {conversation.priority === 'priority' ? <span className="badge priority">{t('details.priority')}</span> : null}
      </header>
      <BotSummaryCard conversation={conversation} />
      <div role="log" aria-live="polite" aria-label={t('thread.label')}>
        <ol className="thread-parts">
          {parts.map((part) => (
            <PartBubble key={part.id} part={part} />
          ))}
        </ol>
      </div>
      <div ref={end} />
    </section>
  );
}
