import type { TFunction } from 'i18next';
import type { Conversation } from '../../../protocol/conversations.ts';

/** The customer as agents know them: their name, else their email, else "Unknown customer". */
export function contactName(conversation: Pick<Conversation, 'contacts'>, t: TFunction): string {
  const contact = conversation.contacts.contacts[0];
  return contact?.name || contact?.email || t('list.unknownContact');
}
