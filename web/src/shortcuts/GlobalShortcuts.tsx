import { useEffect, useEffectEvent, useRef } from 'react';
import { useLocation } from 'wouter';
import { viewHref } from '../inbox/views.ts';
import { actionFor, isTypingTarget, type ShortcutAction } from './keymap.ts';
import { runShortcut, useShortcut } from './registry.ts';
import { ShortcutsDialog, type ShortcutsDialogHandle } from './ShortcutsDialog.tsx';

/** How long after `g` the second key of a go-to shortcut may come. */
const SEQUENCE_MS = 1200;

const GO_TO: Partial<Record<ShortcutAction, string>> = {
  goToYou: 'you',
  goToMentions: 'mentions',
  goToUnassigned: 'unassigned',
  goToAll: 'all',
};

/**
 * The one keyboard listener of the signed-in app: turns keys into actions (never while typing, never with
 * Ctrl/Alt/Meta) and hands them to whichever screen registered for them; owns the go-to keys and the `?` sheet.
 */
export function GlobalShortcuts() {
  const [, navigate] = useLocation();
  const help = useRef<ShortcutsDialogHandle>(null);
  const gPressedAt = useRef(Number.NEGATIVE_INFINITY);

  useShortcut('help', () => help.current?.open());

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
    const isAfterG = performance.now() - gPressedAt.current < SEQUENCE_MS;
    gPressedAt.current = Number.NEGATIVE_INFINITY;
    const action = actionFor(event.key, isAfterG);
    if (action === undefined) return;
    if (action === 'g') {
      gPressedAt.current = performance.now();
      return;
    }
    const view = GO_TO[action];
    if (view) navigate(viewHref(view));
    else if (!runShortcut(action)) return;
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return <ShortcutsDialog ref={help} />;
}
