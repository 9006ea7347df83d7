import { useLocation } from 'wouter';
import { usePreferences } from '../preferences/PreferencesProvider.tsx';
import { markMovedOnTo, nextAfter } from './listOrder.ts';

/**
 * After closing or snoozing the open conversation, goes on to the next one in the list (as Intercom does), when
 * the teammate's `move_on_after_close` preference is on.
 */
export function useMoveOn(): (conversationId: string) => void {
  const { preferences } = usePreferences();
  const [, navigate] = useLocation();
  return (conversationId) => {
    if (!preferences.move_on_after_close) return;
    // Only from the conversation on screen: a close that lands after the agent went elsewhere leaves them there.
    if (!window.location.pathname.endsWith(`/${encodeURIComponent(conversationId)}`)) return;
    const next = nextAfter(conversationId);
    if (next === undefined) return;
    markMovedOnTo(next.slice(next.lastIndexOf('/') + 1));
    navigate(next);
  };
}
