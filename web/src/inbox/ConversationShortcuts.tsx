import { api } from '../api.ts';
import { useSignedIn } from '../session/context.ts';
import { useShortcut } from '../shortcuts/registry.ts';
import { useMoveOn } from './useMoveOn.ts';

/** Puts the composer in reply or note mode (its own Reply / Note switch) and moves focus into it. */
function focusComposer(kind: 'comment' | 'note'): void {
  const switchButton = document.querySelector<HTMLButtonElement>(`.composer-kind button[data-value="${kind}"]`);
  if (switchButton?.getAttribute('aria-pressed') === 'false') switchButton.click();
  requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>('.composer textarea')?.focus());
}

/** Opens the header's snooze menu and focuses its first preset, so Tab and Enter pick when. */
function openSnoozeMenu(): void {
  const toggle = document.querySelector<HTMLButtonElement>('.thread-actions .snooze-toggle');
  if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  requestAnimationFrame(() =>
    document.querySelector<HTMLButtonElement>('.snooze-panel .snooze-presets button')?.focus(),
  );
}

/**
 * The shortcuts that act on the open conversation: r reply, n note, a assign to me, c close, z snooze. Changes go
 * through the API; the screen shows them when the realtime update arrives, as for any change. Closing moves on to
 * the next conversation, as the Close button does.
 */
export function ConversationShortcuts({ conversationId }: { conversationId: string }) {
  const { me } = useSignedIn();
  const moveOn = useMoveOn();
  const ignoreFailure = () => undefined;
  useShortcut('reply', () => focusComposer('comment'));
  useShortcut('note', () => focusComposer('note'));
  useShortcut('assignToMe', () => {
    api
      .manageConversation(conversationId, { message_type: 'assignment', type: 'admin', assignee_id: me.id })
      .catch(ignoreFailure);
  });
  useShortcut('close', () => {
    api.manageConversation(conversationId, { message_type: 'close' }).then(() => moveOn(conversationId), ignoreFailure);
  });
  useShortcut('snooze', openSnoozeMenu);
  return null;
}
