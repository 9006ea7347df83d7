import { useEffect } from 'react';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { api } from '../api.ts';
import { useResource } from '../lib/useResource.ts';
import { useLiveRefresh } from '../realtime/useLiveRefresh.ts';
import { setUnreadCount } from './unreadCount.ts';
import { useAttentionAlerts } from './useAttentionAlerts.ts';

const UNREAD_TOPICS = new Set<string>([
  'conversation.created',
  'conversation.updated',
  'conversation.part.created',
  'conversation.read',
]);
const changesUnread = (event: CharlaEvent) => UNREAD_TOPICS.has(event.topic);

/**
 * Keeps the signed-in teammate's attention up to date on every page: the unread count in the tab's title
 * (useDocumentTitle) and the desktop notifications and chime. Renders nothing.
 */
export function AttentionWatcher() {
  const unread = useResource(api.getUnread);
  useLiveRefresh(unread.reload, changesUnread, 300);
  const count = unread.data?.assigned_to_me;
  useEffect(() => {
    if (count !== undefined) setUnreadCount(count);
  }, [count]);
  useEffect(() => () => setUnreadCount(0), []);
  useAttentionAlerts();
  return null;
}
