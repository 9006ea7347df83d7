import type { FrameView } from '../../shared/bridge.ts';
import { totalUnread } from './parts.ts';
import { store } from './state.ts';

const isSameView = (a: FrameView, b: FrameView) =>
  a.name === b.name && (a.name !== 'conversation' || (b.name === 'conversation' && a.id === b.id));

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

/** Where a plain `show` lands: the list when something is unread, otherwise where the customer left it. */
export function defaultView(): FrameView {
  const state = store.get();
  return totalUnread(state.conversations) > 0 ? { name: 'messages' } : state.view;
}

/** The customer has this conversation in front of them: the messenger open on it, in a visible tab. */
export function isViewing(conversationId: string): boolean {
  const { open, view } = store.get();
  return open && view.name === 'conversation' && view.id === conversationId && document.visibilityState === 'visible';
}
