import type { FrameView } from '../../shared/bridge.ts';
import { totalUnread } from './parts.ts';
import { store } from './state.ts';
import { ticketUnread } from './ticket-state.ts';

const idOf = (view: FrameView) => ('id' in view ? view.id : undefined);
const isSameView = (a: FrameView, b: FrameView) => a.name === b.name && idOf(a) === idOf(b);

/** Goes to a screen; Back returns to where it came from. */
export function navigate(view: FrameView, { replace = false } = {}): void {
  store.set((state) => {
    if (isSameView(state.view, view)) return { view };
    const history = replace ? state.history : [...state.history, state.view].slice(-20);
    return { view, history };
  });
}

export function back(): void {
  store.set((state) => ({ view: state.history.at(-1) ?? { name: 'home' }, history: state.history.slice(0, -1) }));
}

/** Where a plain `show` lands: a list with something unread, otherwise where the customer left it. */
export function defaultView(): FrameView {
  const state = store.get();
  if (totalUnread(state.conversations) > 0) return { name: 'messages' };
  return ticketUnread(state.tickets) > 0 ? { name: 'tickets' } : state.view;
}

/** The customer has this conversation in front of them: the messenger open on it, in a visible tab. */
export function isViewing(conversationId: string): boolean {
  const { open, view } = store.get();
  return open && view.name === 'conversation' && view.id === conversationId && document.visibilityState === 'visible';
}
