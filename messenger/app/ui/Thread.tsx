import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Language } from '../../../protocol/common.ts';
import type { MessengerPart } from '../../../protocol/messenger.ts';
import type { BotQuestion } from '../core/bot.ts';
import { groupThread, type ThreadItem } from '../core/grouping.ts';
import { plainText } from '../core/parts.ts';
import type { PendingMessage } from '../core/state.ts';
import { relativeTime, type Translate } from '../i18n/index.ts';
import { Avatar } from './Avatar.tsx';

/** Links in messages open in a new tab, never inside the messenger's frame. */
function openLinksOutside(event: MouseEvent) {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  window.open(link.href, '_blank', 'noopener,noreferrer');
}

function authorName(author: MessengerPart['author'], t: Translate): string {
  if (author.name) return author.name;
  return author.type === 'bot' ? t('thread.bot') : t('thread.team');
}

function MessageGroup({
  item,
  language,
  t,
}: {
  item: Extract<ThreadItem, { kind: 'messages' }>;
  language: Language;
  t: Translate;
}) {
  const last = item.parts.at(-1);
  const name = item.fromCustomer ? t('thread.you') : authorName(item.author, t);
  return (
    <div class={item.fromCustomer ? 'group from-customer' : 'group from-team'}>
      {!item.fromCustomer && <Avatar name={name} />}
      <div class="group-body">
        {!item.fromCustomer && <p class="group-author">{name}</p>}
        {item.parts.map((part) => (
          // The server sanitizes every body (server/lib sanitizer); customer input is never rendered as HTML here.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the server
          <div key={part.id} class="bubble" dangerouslySetInnerHTML={{ __html: part.body ?? '' }} />
        ))}
        {last && (
          <p class="group-time">
            <span class="sr-only">{name}, </span>
            {relativeTime(language, last.created_at)}
          </p>
        )}
      </div>
    </div>
  );
}

function PendingBubble({
  message,
  onRetry,
  t,
}: {
  message: PendingMessage;
  onRetry: (key: string) => void;
  t: Translate;
}) {
  return (
    <div class={message.status === 'failed' ? 'group from-customer is-failed' : 'group from-customer is-sending'}>
      <div class="group-body">
        <div class="bubble is-text">{message.body}</div>
        <p class="group-time" role={message.status === 'failed' ? 'alert' : undefined}>
          {message.status === 'failed' ? (
            <>
              {t('thread.failed')}{' '}
              <button type="button" class="link-button" onClick={() => onRetry(message.key)}>
                {t('thread.retry')}
              </button>
            </>
          ) : (
            t('thread.sending')
          )}
        </p>
      </div>
    </div>
  );
}

function Choices({
  question,
  onAnswer,
  t,
}: {
  question: BotQuestion;
  onAnswer: (stepId: string, option: { id: string; label: string }) => void;
  t: Translate;
}) {
  return (
    <fieldset class="choices">
      <legend class="sr-only">{t('thread.choices')}</legend>
      {question.buttons.map((button) => (
        <button
          key={button.id}
          type="button"
          class="choice"
          disabled={question.answered !== undefined}
          aria-pressed={question.answered === button.id}
          onClick={() => onAnswer(question.stepId, button)}
        >
          {button.label}
        </button>
      ))}
    </fieldset>
  );
}

/** A change shown in the middle of the thread: closed, reopened, a ticket made from the chat, a ticket's state. */
function Notice({ part, onOpenTicket, t }: { part: MessengerPart; onOpenTicket?: (id: string) => void; t: Translate }) {
  const { ticket } = part;
  if (part.part_type === 'ticket_linked' && ticket) {
    return (
      <div class="notice ticket-notice">
        <span>{t('thread.ticketCreated', { number: ticket.ticket_number, title: ticket.title })}</span>
        {onOpenTicket && (
          <button type="button" class="link-button" onClick={() => onOpenTicket(ticket.id)}>
            {t('thread.viewTicket')}
          </button>
        )}
      </div>
    );
  }
  if (part.part_type === 'ticket_state_updated') {
    return <p class="notice state-notice">{plainText(part.body ?? '')}</p>;
  }
  return <p class="notice">{part.part_type === 'close' ? t('thread.closedNotice') : t('thread.reopened')}</p>;
}

/** A conversation's messages (or a ticket's timeline), oldest first, scrolled to the latest. */
export function Thread({
  parts,
  pending,
  onRetry,
  question,
  onAnswer,
  onOpenTicket,
  typing,
  intro,
  label,
  language,
  t,
}: {
  parts: readonly MessengerPart[];
  pending: readonly PendingMessage[];
  onRetry: (key: string) => void;
  question?: BotQuestion;
  onAnswer?: (stepId: string, option: { id: string; label: string }) => void;
  onOpenTicket?: (id: string) => void;
  typing?: string;
  intro?: ComponentChildren;
  /** The log's accessible name (a conversation's messages by default). */
  label?: string;
  language: Language;
  t: Translate;
}) {
  const list = useRef<HTMLDivElement>(null);
  /** Whatever adds to the bottom of the thread scrolls it to the latest. */
  const bottom = [parts.length, pending.length, typing, question?.stepId, question?.answered].join('|');
  useLayoutEffect(() => {
    const element = list.current;
    if (element && bottom) element.scrollTop = element.scrollHeight;
  }, [bottom]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: only redirects link activations, which the keyboard also fires as clicks
    <div class="thread" ref={list} role="log" aria-label={label ?? t('thread.label')} onClick={openLinksOutside}>
      {intro}
      {groupThread(parts).map((item) =>
        item.kind === 'notice' ? (
          <Notice key={item.key} part={item.part} onOpenTicket={onOpenTicket} t={t} />
        ) : (
          <MessageGroup key={item.key} item={item} language={language} t={t} />
        ),
      )}
      {question && onAnswer && <Choices question={question} onAnswer={onAnswer} t={t} />}
      {pending.map((message) => (
        <PendingBubble key={message.key} message={message} onRetry={onRetry} t={t} />
      ))}
      {typing && (
        <p class="typing" aria-live="polite">
          <span class="typing-dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {t('thread.typing', { name: typing })}
        </p>
      )}
    </div>
  );
}
