import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { useResource } from '../../lib/useResource.ts';
import { contactName } from '../contactName.ts';

/** A tracker can gather many: the panel names the first few. */
const SHOWN = 10;

/** The conversations the ticket came from or gathers (a tracker's many): who, and what they said last. */
export function LinkedConversations({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { view = 'all' } = useParams<{ view?: string }>();
  const ids = ticket.linked_objects.data.filter((link) => link.type === 'conversation').map((link) => link.id);
  const key = ids.slice(0, SHOWN).join(',');
  const load = useCallback(
    () =>
      Promise.all(
        key
          .split(',')
          .filter(Boolean)
          .map((id) => api.getConversation(id).catch(() => ({ id, missing: true as const }))),
      ),
    [key],
  );
  const conversations = useResource(load);

  return (
    <div className="ticket-linked-conversations">
      <h4 id={`linked-conversations-${ticket.id}`}>{t('tickets.panel.linkedConversations')}</h4>
      {ids.length === 0 ? (
        <p className="hint">{t('tickets.panel.noLinkedConversations')}</p>
      ) : (
        <ul className="previous-conversations" aria-labelledby={`linked-conversations-${ticket.id}`}>
          {(conversations.data ?? ids.map((id) => ({ id, missing: true as const }))).map((conversation) => (
            <li key={conversation.id}>
              <Link href={`/inbox/${view}/${conversation.id}`}>
                {'missing' in conversation ? (
                  <span className="previous-preview">
                    {t('tickets.panel.conversationFallback', { id: conversation.id })}
                  </span>
                ) : (
                  <>
                    <span className="previous-preview">{contactName(conversation, t)}</span>
                    <span className="hint previous-preview">
                      {conversation.last_part_preview ?? conversation.title ?? ''}
                    </span>
                  </>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
