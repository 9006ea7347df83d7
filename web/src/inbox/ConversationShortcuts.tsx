import { api } from '../api.ts';
import { useSignedIn } from '../session/context.ts';
import { useShortcut } from '../shortcuts/registry.ts';

/** Puts the composer in reply or note mode (its own Reply / Note switch) and moves focus into it. */
function focusComposer(kind: 'comment' | 'note'): void {
  const switchButton = document.querySelector<HTMLButtonElement>(`.composer-kind button[data-value="${kind}"]`);
  if (switchButton?.getAttribute('aria-pressed') === 'false') switchButton.click();
  requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>('.composer textarea')?.focus());
}

/**
 * The shortcuts that act on the open conversation: r reply, n note, a assign to me, c close, z snooze.
 * Changes go through the API; the screen shows them when the realtime update arrives, as for any change.
 */
export function ConversationShortcuts({ conversationId }: { conversationId: string }) {
  const { me } = useSignedIn();
  const ignoreFailure = () => undefined;
  useShortcut('reply', () => focusComposer('comment'));
  useShortcut('note', () => focusComposer('note'));
  useShortcut('assignToMe', () => {
    api
      .manageConversation(conversationId, { message_type: 'assignment', type: 'admin', assignee_id: me.id })
      .catch(ignoreFailure);
  });
  useShortcut('close', () => {
    api.manageConversation(conversationId, { message_type: 'close' }).catch(ignoreFailure);
  });
  // The snooze menu in the details panel: focus its first preset, so Tab and Enter pick when.
  useShortcut('snooze', () => document.querySelector<HTMLButtonElement>('.snooze-menu button')?.focus());
  return null;
}
