import type { Language } from '../../../protocol/common.ts';
import type { MessengerConversation } from '../../../protocol/messenger.ts';
import { openConversation } from '../core/conversations.ts';
import { relativeTime, type Translate } from '../i18n/index.ts';
import { Avatar } from './Avatar.tsx';
import { ChevronIcon } from './Icons.tsx';

/** One past conversation: who wrote last, what, when, and whether it is unread. */
export function ConversationRow({
  conversation,
  workspaceName,
  language,
  t,
}: {
  conversation: MessengerConversation;
  workspaceName: string;
  language: Language;
  t: Translate;
}) {
  const author = conversation.last_part_author;
  const isMine = author?.type === 'user' || author?.type === 'lead';
  const name = !isMine && author?.name ? author.name : workspaceName;
  const isUnread = conversation.unread_count > 0;
  return (
    <li>
      <button
        type="button"
        class={isUnread ? 'conversation-row is-unread' : 'conversation-row'}
        onClick={() => openConversation(conversation.id)}
      >
        <Avatar name={name} />
        <span class="row-main">
          <span class="row-top">
            <span class="row-name">{name}</span>
            <span class="row-time">{relativeTime(language, conversation.updated_at)}</span>
          </span>
          <span class="row-preview">
            {isMine && `${t('list.you')}: `}
            {conversation.last_part_preview ?? ''}
          </span>
        </span>
        {isUnread && (
          <span class="unread-dot">
            <span class="sr-only">{t('list.unread')}</span>
          </span>
        )}
        <ChevronIcon />
      </button>
    </li>
  );
}
