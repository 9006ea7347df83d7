import type { TFunction } from 'i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { openingPreview } from '../inbox/assignment/assignedToYou.ts';
import { contactName } from '../inbox/contactName.ts';
import type { Attention } from './attentionEvents.ts';

const TEXT_LENGTH = 120;

function plainText(html: string): string {
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > TEXT_LENGTH ? `${line.slice(0, TEXT_LENGTH - 1)}…` : line;
}

/** The notification's words: "New conversation assigned to you" / "Luis mentioned you", then who and what. */
export function notificationText(
  t: TFunction,
  attention: Attention,
  conversation: Conversation,
): { title: string; body: string } {
  const contact = contactName(conversation, t);
  if (attention.kind === 'assigned') {
    return {
      title: t('attention.notifications.assignedTitle'),
      body: t('attention.notifications.body', { contact, text: openingPreview(conversation) }),
    };
  }
  const parts = conversation.conversation_parts?.conversation_parts ?? [];
  const note = parts.find((part) => part.id === attention.partId);
  return {
    title: t('attention.notifications.mentionTitle', { name: note?.author.name ?? t('thread.someone') }),
    body: t('attention.notifications.body', { contact, text: plainText(note?.body ?? '') }),
  };
}
