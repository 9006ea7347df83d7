import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { useFormatDate } from '../lib/useFormatDate.ts';
import { useResource } from '../lib/useResource.ts';
import { AttributeList } from './AttributeList.tsx';

/** Who the customer is, and the other conversations they have had. */
export function ContactDetails({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const { view = 'all' } = useParams<{ view?: string }>();
  const formatDate = useFormatDate();
  const contactId = conversation.contacts.contacts[0]?.id;
  const loadContact = useCallback(async () => (contactId ? api.getContact(contactId) : null), [contactId]);
  const loadHistory = useCallback(
    async () =>
      contactId
        ? (await api.searchConversations({ field: 'contact_ids', operator: '=', value: contactId })).conversations
        : [],
    [contactId],
  );
  const contact = useResource(loadContact);
  const history = useResource(loadHistory);
  if (!contactId) return null;

  const person = contact.data;
  const previous = (history.data ?? []).filter((other) => other.id !== conversation.id);
  const rows: [string, unknown][] = person
    ? [
        [t('details.contactName'), person.name],
        [t('details.contactEmail'), person.email],
        [t('details.contactExternalId'), person.external_id],
        ...Object.entries(person.custom_attributes),
      ]
    : [];
  return (
    <section className="details-section contact-details" aria-labelledby="contact-details-title">
      <h3 id="contact-details-title">{t('details.contact')}</h3>
      <AttributeList entries={rows.filter(([, value]) => value !== null && value !== '')} />
      <h3>{t('details.previousConversations')}</h3>
      {previous.length === 0 ? (
        <p className="hint">{t('details.noPreviousConversations')}</p>
      ) : (
        <ul className="previous-conversations">
          {previous.map((other) => (
            <li key={other.id}>
              <Link href={`/inbox/${view}/${other.id}`}>
                <span className="previous-preview">{other.last_part_preview ?? other.source.body}</span>
                <span className="hint">
                  {t(`stateBadge.${other.state}`)} · {formatDate(other.created_at)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
