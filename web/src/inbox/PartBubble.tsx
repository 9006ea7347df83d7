import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationPart } from '../../../protocol/conversations.ts';
import { BotButtons, botButtonsOf } from './BotButtons.tsx';
import { EventLine } from './EventLine.tsx';
import { EventTime } from './EventTime.tsx';
import { enhanceMessageHtml } from './messageHtml.ts';
import type { MentionNames } from './messageText.ts';
import { TicketEventLine } from './tickets/TicketEventLine.tsx';
import { isTicketEvent } from './tickets/ticketEvents.ts';

const MESSAGE_TYPES = new Set(['comment', 'note', 'quick_reply']);
/** Mentions are made in notes (as the server records them); an "@Ana" written to a customer is just text. */
const NO_MENTIONS: MentionNames = { names: [], mine: [] };

interface PartBubbleProps {
  part: ConversationPart;
  /** For a bot question: the option the customer then clicked. */
  chosenOptionId?: string;
  /** Teammates an @mention may name (useMentionNames), read once for the thread. */
  mentionNames: MentionNames;
}

function sideOf(part: ConversationPart): string {
  if (part.author.type === 'admin') return 'from-teammate';
  if (part.author.type === 'bot') return 'from-bot';
  return 'from-customer';
}

/** Customers and the bot speak on the left (the bot in its own colour); teammates on the right; notes stand out. */
export function PartBubble({ part, chosenOptionId, mentionNames }: PartBubbleProps) {
  const { t } = useTranslation();
  const names = part.part_type === 'note' ? mentionNames : NO_MENTIONS;
  const html = useMemo(() => enhanceMessageHtml(part.body ?? '', names), [part.body, names]);
  const isMessage = MESSAGE_TYPES.has(part.part_type);
  // A ticket's state notice to the customer shows inside its event line, not as a bubble of its own.
  if (isTicketEvent(part)) return <TicketEventLine part={part} />;
  if (!isMessage && !part.body) return <EventLine part={part} />;

  const isNote = part.part_type === 'note';
  const isBot = part.author.type === 'bot';
  const isButtonAnswer = typeof part.metadata?.bot_option_id === 'string';
  const author = isBot ? t('thread.botName') : (part.author.name ?? part.author.email ?? t('list.unknownContact'));
  const buttons = isBot ? botButtonsOf(part) : [];
  return (
    <>
      {isMessage ? null : <EventLine part={part} />}
      <li className={`part ${sideOf(part)}${isNote ? ' is-note' : ''}`}>
        <div className="part-meta">
          {isBot ? (
            <span className="bot-avatar">
              <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14">
                <path d="M12 3v3M7 8h10a3 3 0 0 1 3 3v5a3 3 0 0 1-3 3H7a3 3 0 0 1-3-3v-5a3 3 0 0 1 3-3zM9 13h.01M15 13h.01" />
              </svg>
            </span>
          ) : null}
          <span className="part-author">{author}</span>
          {isNote ? <span className="part-kind">{t('thread.note')}</span> : null}
          {isButtonAnswer ? <span className="part-kind is-choice">{t('thread.pickedOption')}</span> : null}
          <EventTime at={part.created_at} />
        </div>
        <div
          className="part-body"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: part and source bodies the server sanitized (server/lib/sanitize.ts allowlist), then rebuilt from DOM nodes (messageHtml.ts)
          dangerouslySetInnerHTML={{ __html: html }}
        />
        {buttons.length > 0 ? <BotButtons buttons={buttons} chosenOptionId={chosenOptionId} /> : null}
      </li>
    </>
  );
}
