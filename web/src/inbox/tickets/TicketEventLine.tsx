import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ConversationPart } from '../../../../protocol/conversations.ts';
import { useFormatTime } from '../../lib/useFormatTime.ts';
import { changedNames, isStateCategory, stateLabelOf } from './ticketEvents.ts';
import { htmlToText } from './ticketTitle.ts';

/**
 * What happened to a ticket, as a centred line with who and when: "State changed to In progress · Ana · 10:42",
 * "… by Jira (SUP-12)", "Ticket #3 created: …" (a link to it), "Title, Description updated".
 */
export function TicketEventLine({ part }: { part: ConversationPart }) {
  const { t, i18n } = useTranslation();
  const formatTime = useFormatTime();
  const { view = 'all' } = useParams<{ view?: string }>();
  const metadata = part.metadata ?? {};
  const isJira = metadata.source === 'jira';
  const by = isJira ? undefined : (part.author.name ?? t('thread.someone'));

  function describe() {
    if (part.part_type === 'ticket_linked') {
      const values = { number: String(metadata.ticket_number ?? ''), title: String(metadata.title ?? '') };
      const text =
        metadata.category === 'Tracker'
          ? t('tickets.events.linkedTracker', values)
          : t('tickets.events.created', values);
      return typeof metadata.ticket_id === 'string' ? (
        <Link href={`/inbox/${view}/${metadata.ticket_id}`}>{text}</Link>
      ) : (
        text
      );
    }
    if (part.part_type === 'ticket_attribute_updated') {
      const names = changedNames(metadata, t('tickets.events.names', { returnObjects: true }));
      return t('tickets.events.updated', { names: names.join(', ') });
    }
    const category = metadata.ticket_state;
    const state =
      stateLabelOf(metadata, i18n.language) ?? (isStateCategory(category) ? t(`tickets.states.${category}`) : '');
    return isJira
      ? t('tickets.events.stateChangedByJira', { state, key: String(metadata.issue_key ?? '') })
      : t('tickets.events.stateChanged', { state });
  }

  const notice = part.part_type === 'ticket_state_updated' && part.body ? htmlToText(part.body) : '';
  return (
    <li className="part-event ticket-event">
      <span>
        {describe()}
        {by ? ` · ${by}` : ''} ·{' '}
        <time dateTime={new Date(part.created_at * 1000).toISOString()}>{formatTime(part.created_at)}</time>
      </span>
      {notice ? <span className="ticket-event-notice">{t('tickets.events.customerNotified', { notice })}</span> : null}
    </li>
  );
}
