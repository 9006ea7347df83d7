import { useSyncExternalStore } from 'react';

let unread = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Set by the attention watcher (AttentionWatcher.tsx) from `GET /api/me/unread`; 0 when signed out. */
export function setUnreadCount(count: number): void {
  if (count === unread) return;
  unread = count;
  for (const listener of listeners) listener();
}

/** Open conversations assigned to me with a customer message I have not read: what the tab's title counts. */
export function useUnreadCount(): number {
  return useSyncExternalStore(subscribe, () => unread);
}
