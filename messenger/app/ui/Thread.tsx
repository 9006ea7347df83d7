import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Language } from '../../../protocol/common.ts';
import type { MessengerPart } from '../../../protocol/messenger.ts';
import type { BotQuestion } from '../core/bot.ts';
import { answerQuestion, retryMessage } from '../core/conversations.ts';
import { groupThread, type ThreadItem } from '../core/grouping.ts';
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

function PendingBubble({ message, t }: { message: PendingMessage; t: Translate }) {
  return (
    <div class={message.status === 'failed' ? 'group from-customer is-failed' : 'group from-customer is-sending'}>
      <div class="group-body">
        <div class="bubble is-text">{message.body}</div>
        <p class="group-time" role={message.status === 'failed' ? 'alert' : undefined}>
          {message.status === 'failed' ? (
            <>
              {t('thread.failed')}{' '}
              <button type="button" class="link-button" onClick={() => retryMessage(message.key)}>
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

function Choices({ conversationId, question, t }: { conversationId: string; question: BotQuestion; t: Translate }) {
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
          onClick={() => answerQuestion(conversationId, question.stepId, button)}
        >
          {button.label}
        </button>
      ))}
    </fieldset>
  );
}

/** A conversation's messages, oldest first, scrolled to the latest. */
export function Thread({
  conversationId,
  parts,
  pending,
  question,
  typing,
  intro,
  language,
  t,
}: {
  conversationId: string | null;
  parts: readonly MessengerPart[];
  pending: readonly PendingMessage[];
  question?: BotQuestion;
  typing?: string;
  intro?: ComponentChildren;
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
    <div class="thread" ref={list} role="log" aria-label={t('thread.label')} onClick={openLinksOutside}>
      {intro}
      {groupThread(parts).map((item) =>
        item.kind === 'notice' ? (
          <p key={item.key} class="notice">
            {item.part.part_type === 'close' ? t('thread.closedNotice') : t('thread.reopened')}
          </p>
        ) : (
          <MessageGroup key={item.key} item={item} language={language} t={t} />
        ),
      )}
      {question && conversationId && <Choices conversationId={conversationId} question={question} t={t} />}
      {pending.map((message) => (
        <PendingBubble key={message.key} message={message} t={t} />
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
