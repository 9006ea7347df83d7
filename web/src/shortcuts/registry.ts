import { useEffect, useEffectEvent } from 'react';
import type { ShortcutAction } from './keymap.ts';

type Handler = () => void;

/** The handlers mounted now, newest last: the screen mounted most recently answers an action. */
const handlers = new Map<ShortcutAction, Handler[]>();

/** Runs the newest handler of `action`; false when no screen on show can do it. */
export function runShortcut(action: ShortcutAction): boolean {
  const handler = handlers.get(action)?.at(-1);
  if (!handler) return false;
  handler();
  return true;
}

/** Lets the global shortcuts reach this component while it is mounted. */
export function useShortcut(action: ShortcutAction, handler: Handler): void {
  const onShortcut = useEffectEvent(handler);
  useEffect(() => {
    const entry: Handler = () => onShortcut();
    handlers.set(action, [...(handlers.get(action) ?? []), entry]);
    return () => {
      handlers.set(
        action,
        (handlers.get(action) ?? []).filter((candidate) => candidate !== entry),
      );
    };
  }, [action]);
}
