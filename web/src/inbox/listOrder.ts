import { useEffect } from 'react';

/**
 * The order of the conversation list on screen, as the list last rendered it, so acting on the open conversation
 * (close, snooze) can move on to its neighbour. A few earlier orders are kept: a conversation that has just left
 * the list (assigned away, closed by someone else) still has neighbours to move on to.
 */
interface ListOrder {
  /** The list's own address (`/inbox/you`): conversations open under it. */
  listHref: string;
  ids: readonly string[];
}

const KEPT_ORDERS = 5;
let orders: ListOrder[] = [];
let movedOnTo: string | undefined;
/** Conversations just closed or snoozed here, still in the list until it refreshes: never moved on to. */
const left = new Set<string>();

/** Called by the list whenever its rows change. */
export function publishListOrder(listHref: string, ids: readonly string[]): void {
  const latest = orders[0];
  if (latest && latest.listHref === listHref && sameIds(latest.ids, ids)) return;
  for (const id of left) if (!ids.includes(id)) left.delete(id);
  orders = [{ listHref, ids }, ...orders.filter((order) => order.listHref === listHref)].slice(0, KEPT_ORDERS);
}

/** Publishes the list's order while it shows (ConversationRows). */
export function useListOrder(listHref: string, conversations: readonly { id: string }[]): void {
  const ids = conversations.map((conversation) => conversation.id).join(',');
  useEffect(() => publishListOrder(listHref, ids === '' ? [] : ids.split(',')), [listHref, ids]);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * Where to go after `conversationId` leaves the work at hand: the conversation below it in the list, the one above
 * when it was the last, or the list itself (its empty state) when none is left. Undefined when no list is known.
 * It is never moved on to again while the list, not yet refreshed, still shows it.
 */
export function nextAfter(conversationId: string): string | undefined {
  const current = orders[0];
  if (!current) return undefined;
  const href = (id: string | undefined) => (id ? `${current.listHref}/${encodeURIComponent(id)}` : current.listHref);
  left.add(conversationId);
  const remaining = new Set(current.ids.filter((id) => !left.has(id)));
  const order = orders.find((candidate) => candidate.ids.includes(conversationId));
  // Opened from elsewhere (search, a notice): carry on from the top of the list.
  if (!order) return href(current.ids.find((id) => remaining.has(id)));
  const at = order.ids.indexOf(conversationId);
  const below = order.ids.slice(at + 1).find((id) => remaining.has(id));
  const above = order.ids.slice(0, at).findLast((id) => remaining.has(id));
  return href(below ?? above);
}

/** Remembers the conversation moved on to, so it takes the keyboard focus once it shows. */
export function markMovedOnTo(conversationId: string | undefined): void {
  movedOnTo = conversationId;
}

/** True once for the conversation just moved on to. */
export function takeMovedOnFocus(conversationId: string): boolean {
  if (movedOnTo !== conversationId) return false;
  movedOnTo = undefined;
  return true;
}
