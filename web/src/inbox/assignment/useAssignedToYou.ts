import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationPart } from '../../../../protocol/conversations.ts';
import { api } from '../../api.ts';
import { useRealtimeEvent } from '../../realtime/useRealtimeEvent.ts';
import { useSignedIn } from '../../session/context.ts';
import { contactName } from '../contactName.ts';
import { type AssignedNotice, isAssignedToMeByOthers, openingPreview } from './assignedToYou.ts';

/** Several arriving at once: the oldest go first. */
const MAX_NOTICES = 3;

/**
 * Conversations that someone else or the rules just assigned to the signed-in teammate, live; not the one
 * they have open (its thread and panel already say so), and never their own assignments.
 */
export function useAssignedToYou(openConversationId: string | undefined) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const [notices, setNotices] = useState<AssignedNotice[]>([]);

  const dismiss = useCallback((conversationId: string) => {
    setNotices((shown) => shown.filter((notice) => notice.conversationId !== conversationId));
  }, []);

  // Opened some other way (its row in the list): its notice has nothing left to say.
  useEffect(() => {
    if (openConversationId) dismiss(openConversationId);
  }, [openConversationId, dismiss]);

  useRealtimeEvent((event) => {
    const conversationId = event.conversation_id;
    if (event.topic !== 'conversation.part.created' || !conversationId) return;
    const part = event.data.part as ConversationPart | undefined;
    if (!isAssignedToMeByOthers(part, me.id) || conversationId === openConversationId) return;
    const by = part.author.type === 'admin' ? (part.author.name ?? t('thread.someone')) : null;
    api
      .getConversation(conversationId)
      .then((conversation) => {
        const notice = {
          conversationId,
          contact: contactName(conversation, t),
          preview: openingPreview(conversation),
          by,
        };
        setNotices((shown) =>
          [...shown.filter((old) => old.conversationId !== conversationId), notice].slice(-MAX_NOTICES),
        );
      })
      .catch(() => undefined);
  });

  return { notices, dismiss };
}
