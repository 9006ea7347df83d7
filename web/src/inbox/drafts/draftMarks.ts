import { useSyncExternalStore } from 'react';
import type { DraftList } from '../../../../protocol/drafts.ts';

/** The conversations where the signed-in teammate has a draft (the list's "Draft" marker), shared by every row. */
let marked: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function publish(next: ReadonlySet<string>): void {
  marked = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Everything `GET /api/drafts` answered. */
export function showDraftList(list: DraftList): void {
  publish(new Set(list.drafts.map((draft) => draft.conversation_id)));
}

/** One conversation's draft saved or gone (this tab's own save, before the event comes back). */
export function markDraft(conversationId: string, hasDraft: boolean): void {
  if (marked.has(conversationId) === hasDraft) return;
  const next = new Set(marked);
  if (hasDraft) next.add(conversationId);
  else next.delete(conversationId);
  publish(next);
}

export function useHasDraft(conversationId: string): boolean {
  return useSyncExternalStore(subscribe, () => marked.has(conversationId));
}
