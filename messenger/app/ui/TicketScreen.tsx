import { useState } from 'preact/hooks';
import { back } from '../core/navigation.ts';
import { unconfirmed } from '../core/outbox.ts';
import { commentsAsParts } from '../core/ticket-state.ts';
import { retryTicketComment, sendTicketComment } from '../core/tickets.ts';
import { Composer } from './Composer.tsx';
import { ScreenHeader } from './Header.tsx';
import { StateBadge } from './StateBadge.tsx';
import { Thread } from './Thread.tsx';
import { TicketHead } from './TicketHead.tsx';
import { useMessenger } from './useMessenger.ts';

/** What the customer had typed on each ticket, kept while they look elsewhere. */
const drafts = new Map<string, string>();

/** One ticket: its state, what it is about, its timeline of comments and state notices, and a comment box. */
export function TicketScreen({ id }: { id: string }) {
  const { state, t } = useMessenger();
  const [text, setText] = useState(() => drafts.get(id) ?? '');
  const ticket = state.ticketDetails[id];
  const summary = state.tickets.find((item) => item.id === id);
  const number = ticket?.ticket_number ?? summary?.ticket_number;
  const ticketState = ticket?.state ?? summary?.state;
  const parts = ticket ? commentsAsParts(id, ticket.comments) : [];
  const onChange = (value: string) => {
    drafts.set(id, value);
    setText(value);
  };
  return (
    <div class="screen conversation ticket-screen">
      <ScreenHeader
        title={number === undefined ? t('tickets.title') : t('ticket.number', { number })}
        extra={ticketState && <StateBadge state={ticketState} />}
        subtitle={state.connection === 'offline' ? t('state.offline') : (ticket?.title ?? summary?.title)}
        onBack={back}
        t={t}
      />
      <p class="sr-only" role="status">
        {state.ticketAnnouncement}
      </p>
      {ticket === null && <p class="thread is-loading">{t('ticket.unavailable')}</p>}
      {ticket === undefined && <p class="thread is-loading">{t('ticket.loading')}</p>}
      {ticket && (
        <Thread
          parts={parts}
          pending={unconfirmed(state.ticketOutbox, id, parts)}
          onRetry={retryTicketComment}
          intro={
            <>
              <TicketHead ticket={ticket} language={state.language} t={t} />
              {ticket.comments.length === 0 && <p class="notice">{t('ticket.noUpdates')}</p>}
            </>
          }
          label={t('ticket.timeline')}
          language={state.language}
          t={t}
        />
      )}
      {ticket?.state.category === 'resolved' && <p class="closed-notice">{t('ticket.resolved')}</p>}
      {ticket && (
        <Composer
          value={text}
          onChange={onChange}
          onSend={(body) => sendTicketComment(id, body)}
          focusRequest={0}
          isOpen={state.open}
          label={t('ticket.commentLabel')}
          placeholder={t('ticket.commentPlaceholder')}
          t={t}
        />
      )}
    </div>
  );
}
