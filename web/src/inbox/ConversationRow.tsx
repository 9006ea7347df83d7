import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Conversation } from '../../../protocol/conversations.ts';
import { formatDuration } from '../lib/duration.ts';
import { useFormatWakeUp } from '../lib/useFormatWakeUp.ts';
import { contactName } from './contactName.ts';
import { DraftMarker } from './drafts/DraftMarker.tsx';
import { useTeammates } from './TeammatesProvider.tsx';
import { TicketRowMarker } from './tickets/TicketRowMarker.tsx';

interface ConversationRowProps {
  conversation: Conversation;
  href: string;
  isSelected: boolean;
  now: number;
  /** The time the list's sort uses, shown in the row's time column (ConversationList names it). */
  timeOf: 'last_part_at' | 'waiting_since';
  /** The row that Tab lands on in the list (roving focus); the others are reached with ↑/↓ or j/k. */
  isTabStop: boolean;
  index: number;
  onFocus: () => void;
}

/** One conversation in the list (the link inside its row): who, what they said last, how long since the time the sort uses, and who has it. */
export function ConversationRow(props: ConversationRowProps) {
  const { conversation, href, isSelected, now, timeOf, isTabStop, index, onFocus } = props;
  const { t, i18n } = useTranslation();
  const { nameOf } = useTeammates();
  const formatWakeUp = useFormatWakeUp();
  const since = timeOf === 'waiting_since' ? conversation.waiting_since : conversation.last_part_at;
  const elapsed = since === null ? null : Math.max(0, now - since);
  const assignee = nameOf(conversation.admin_assignee_id);
  const isUnread = !conversation.read;
  const ticketState = conversation.ticket_state;
  // A resolved ticket is closed too: its ticket badge says so once.
  const showsState = conversation.state !== 'open' && !(ticketState === 'resolved' && conversation.state === 'closed');
  return (
    <Link
      href={href}
      className={`conversation-row${isUnread ? ' is-unread' : ''}`}
      aria-current={isSelected ? 'page' : undefined}
      tabIndex={isTabStop ? 0 : -1}
      data-index={index}
      onFocus={onFocus}
    >
      <span className="row-top">
        {isUnread ? <span className="unread-dot" title={t('list.unread')} aria-hidden="true" /> : null}
        <span className="row-contact">{contactName(conversation, t)}</span>
        {isUnread ? <span className="visually-hidden">{t('list.unread')}</span> : null}
        {elapsed === null ? null : (
          <span className="row-waiting" data-time={timeOf}>
            <span aria-hidden="true">{formatDuration(elapsed, i18n.language, 'narrow')}</span>
            <span className="visually-hidden">
              {t(timeOf === 'waiting_since' ? 'list.waitingFor' : 'viewEditor.lastActivityAgo', {
                duration: formatDuration(elapsed, i18n.language, 'long'),
              })}
            </span>
          </span>
        )}
      </span>
      <span className="row-preview">
        {conversation.last_part_is_note && !(ticketState && conversation.title) ? (
          <span className="row-note-prefix">{t('attention.list.notePrefix')} </span>
        ) : null}
        {(ticketState ? conversation.title : null) ?? conversation.last_part_preview ?? t('list.noPreview')}
      </span>
      <span className="row-meta">
        <span className="row-assignee">{assignee ?? t('list.unassigned')}</span>
        <DraftMarker conversationId={conversation.id} />
        {ticketState ? <TicketRowMarker state={ticketState} /> : null}
        {conversation.bot_phase === 'bot' ? <span className="badge with-bot">{t('list.withBot')}</span> : null}
        {conversation.priority === 'priority' ? <span className="badge priority">{t('list.priority')}</span> : null}
        {showsState ? (
          <span className={`badge state-${conversation.state}`}>
            {conversation.state === 'snoozed' && conversation.snoozed_until
              ? t('attention.list.snoozedUntil', { until: formatWakeUp(conversation.snoozed_until) })
              : t(`stateBadge.${conversation.state}`)}
          </span>
        ) : null}
      </span>
    </Link>
  );
}
