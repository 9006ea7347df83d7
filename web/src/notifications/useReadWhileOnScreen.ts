import { useEffect, useRef } from 'react';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { useTabVisible } from './useTabVisible.ts';

/**
 * The conversation on screen is read: when it opens, and each time the customer writes while it stays open —
 * but only while the tab is visible. A message that arrives in a background tab stays unread (in the list, the
 * counts and the tab's title) until the tab comes back into view.
 */
export function useReadWhileOnScreen(conversation: Conversation | undefined): void {
  const isVisible = useTabVisible();
  const id = conversation?.id;
  const isUnread = conversation?.read === false;
  // The screen keeps its copy after marking it read; a newer message is what makes it unread again. Counted by
  // parts, not by the reply time: two customer messages within one second share a timestamp.
  const partCount = conversation?.statistics.count_conversation_parts ?? 0;
  const markedFor = useRef<string>(undefined);
  useEffect(() => {
    const mark = `${id}@${partCount}`;
    if (!id || !isUnread || !isVisible || markedFor.current === mark) return;
    markedFor.current = mark;
    api.updateConversation(id, { read: true }).catch(() => {
      markedFor.current = undefined;
    });
  }, [id, isUnread, isVisible, partCount]);
}
