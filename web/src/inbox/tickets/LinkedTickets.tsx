import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import type { Conversation } from '../../../../protocol/conversations.ts';
import type { CharlaEvent } from '../../../../protocol/events.ts';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useResource } from '../../lib/useResource.ts';
import { useLiveRefresh } from '../../realtime/useLiveRefresh.ts';
import { CreateTicketButton } from './CreateTicketButton.tsx';
import { LinkedTicketItem } from './LinkedTicketItem.tsx';

const TICKET_TOPICS = new Set<string>(['ticket.created', 'ticket.updated']);

/** The conversation's tickets (kept live as they move), and "Create ticket". */
export function LinkedTickets({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const { view = 'all' } = useParams<{ view?: string }>();
  const load = useCallback(
    () => api.listConversationTickets(conversation.id).then((list) => list.tickets),
    [conversation.id],
  );
  const tickets = useResource(load);
  const [notice, setNotice] = useState('');
  const isAboutThese = (event: CharlaEvent) =>
    (event.conversation_id === conversation.id && event.topic === 'conversation.part.created') ||
    (TICKET_TOPICS.has(event.topic) && (tickets.data ?? []).some((ticket) => ticket.id === event.conversation_id));
  useLiveRefresh(tickets.reload, isAboutThese, 200);

  function onCreated(ticket: Ticket, jiraFailed: boolean) {
    const number = ticket.ticket_number;
    setNotice(jiraFailed ? t('tickets.create.jiraFailed', { number }) : t('tickets.create.created', { number }));
    tickets.reload();
  }

  const list = tickets.data ?? [];
  return (
    <section className="details-section linked-tickets" aria-labelledby="linked-tickets-title">
      <h3 id="linked-tickets-title">{t('tickets.title')}</h3>
      {list.length > 0 ? (
        <ul className="linked-ticket-list" aria-label={t('tickets.linked.label')}>
          {list.map((ticket) => (
            <LinkedTicketItem key={ticket.id} ticket={ticket} href={`/inbox/${view}/${ticket.id}`} />
          ))}
        </ul>
      ) : tickets.data ? (
        <p className="hint">{t('tickets.linked.empty')}</p>
      ) : null}
      <ErrorAlert error={tickets.error} />
      <p role="status" className="hint ticket-created-notice">
        {notice}
      </p>
      <CreateTicketButton conversation={conversation} onCreated={onCreated} />
    </section>
  );
}
