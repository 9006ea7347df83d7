import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api } from '../api.ts';
import { usePreferences } from '../preferences/PreferencesProvider.tsx';
import { useRealtimeEvent } from '../realtime/useRealtimeEvent.ts';
import { useSignedIn } from '../session/context.ts';
import { notificationText } from './announce.ts';
import { type Attention, attentionHref, attentionOf } from './attentionEvents.ts';
import { playChime, unlockAudioOnFirstGesture } from './chime.ts';
import { holdLeadership } from './leadership.ts';
import { notificationAccess } from './permission.ts';

/** Already in front of the teammate: this tab is focused on that very conversation. */
function isOnScreen(conversationId: string): boolean {
  return (
    document.visibilityState === 'visible' &&
    document.hasFocus() &&
    location.pathname.endsWith(`/${encodeURIComponent(conversationId)}`)
  );
}

/**
 * Desktop notifications and the chime, as the teammate's preferences ask, for conversations assigned to them and
 * mentions of them — by one of their tabs only (leadership.ts), never for their own doing. A click on the
 * notification brings this tab forward with the conversation open.
 */
export function useAttentionAlerts(): void {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const { preferences } = usePreferences();
  const [, navigate] = useLocation();
  const isLeader = useRef(false);

  useEffect(
    () =>
      holdLeadership((leads) => {
        isLeader.current = leads;
      }),
    [],
  );
  useEffect(() => unlockAudioOnFirstGesture(), []);

  function notify(attention: Attention, eventId: number) {
    api
      .getConversation(attention.conversationId)
      .then((conversation) => {
        const { title, body } = notificationText(t, attention, conversation);
        const notification = new Notification(title, {
          body,
          // The same event never shows twice, whichever tab sends it.
          tag: `charla-${me.app.id_code}-${eventId}`,
          // Charla's own chime plays instead, when the teammate wants sound.
          silent: true,
        });
        notification.onclick = () => {
          window.focus();
          navigate(attentionHref(attention));
          notification.close();
        };
      })
      .catch(() => undefined);
  }

  useRealtimeEvent((event) => {
    const { desktop_notifications: wantsDesktop, notification_sound: wantsSound } = preferences;
    if ((!wantsDesktop && !wantsSound) || !isLeader.current) return;
    const attention = attentionOf(event, me.id, Math.floor(Date.now() / 1000));
    if (!attention || isOnScreen(attention.conversationId)) return;
    if (wantsSound) playChime();
    if (wantsDesktop && notificationAccess() === 'granted') notify(attention, event.id);
  });
}
