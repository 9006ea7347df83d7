import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { useConversationPresence } from '../realtime/useConversationPresence.ts';
import { contactName } from './contactName.ts';

/** "María is typing…", and the collision notice when another teammate views or types in the conversation. */
export function PresenceNotices({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const { viewers, typists } = useConversationPresence(conversation.id);
  const typingTeammates = typists.flatMap((typist) => (typist.type === 'admin' ? [typist] : []));
  const isCustomerTyping = typists.some((typist) => typist.type === 'contact');
  const typingIds = new Set(typingTeammates.map((teammate) => teammate.id));
  const onlyViewing = viewers.filter((viewer) => !typingIds.has(viewer.id));

  return (
    <div className="presence-notices" role="status" aria-live="polite">
      {isCustomerTyping ? (
        <p className="presence-notice">{t('thread.customerTyping', { name: contactName(conversation, t) })}</p>
      ) : null}
      {typingTeammates.map((teammate) => (
        <p key={`typing-${teammate.id}`} className="presence-notice is-collision">
          {t('thread.teammateTyping', { name: teammate.name })}
        </p>
      ))}
      {onlyViewing.map((viewer) => (
        <p key={`viewing-${viewer.id}`} className="presence-notice is-collision">
          {t('thread.teammateViewing', { name: viewer.name })}
        </p>
      ))}
    </div>
  );
}
