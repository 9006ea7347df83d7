/** What a shortcut does; screens register a handler for the actions they can carry out. */
export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'reply'
  | 'note'
  | 'assignToMe'
  | 'close'
  | 'snooze'
  | 'goToYou'
  | 'goToMentions'
  | 'goToUnassigned'
  | 'goToAll'
  | 'help'
  | 'savedReply'
  | 'search';

/** Every shortcut, in the order the `?` sheet lists them; `keys` as shown there ("g i" is g, then i). */
/** Search's label lives with search's strings (`search.shortcut`), not under `shortcuts.actions`. */
export type ShortcutEntry =
  | { action: Exclude<ShortcutAction, 'search'>; keys: readonly string[] }
  | { action: 'search'; keys: readonly string[]; label: 'search.shortcut' };

export const SHORTCUTS: readonly ShortcutEntry[] = [
  { action: 'next', keys: ['j', '↓'] },
  { action: 'previous', keys: ['k', '↑'] },
  { action: 'open', keys: ['Enter', 'o'] },
  { action: 'reply', keys: ['r'] },
  { action: 'note', keys: ['n'] },
  { action: 'assignToMe', keys: ['a'] },
  { action: 'close', keys: ['c'] },
  { action: 'snooze', keys: ['z'] },
  { action: 'goToYou', keys: ['g i'] },
  { action: 'goToMentions', keys: ['g m'] },
  { action: 'goToUnassigned', keys: ['g u'] },
  { action: 'goToAll', keys: ['g a'] },
  { action: 'help', keys: ['?'] },
  // Ctrl+K / ⌘K is handled by the search button itself (it works while typing, like other apps').
  { action: 'search', keys: ['/', 'Ctrl+K'], label: 'search.shortcut' },
  // Handled by the composer itself (its textarea has focus): `/` only while it is empty.
  { action: 'savedReply', keys: ['Ctrl+Shift+S', '/'] },
];

const SINGLE: Record<string, ShortcutAction> = {
  j: 'next',
  k: 'previous',
  o: 'open',
  r: 'reply',
  n: 'note',
  a: 'assignToMe',
  c: 'close',
  z: 'snooze',
  '?': 'help',
  '/': 'search',
};

const AFTER_G: Record<string, ShortcutAction> = {
  i: 'goToYou',
  m: 'goToMentions',
  u: 'goToUnassigned',
  a: 'goToAll',
};

/** The action for `key`, given whether `g` was the key just before; `'g'` when a go-to sequence starts. */
export function actionFor(key: string, isAfterG: boolean): ShortcutAction | 'g' | undefined {
  if (isAfterG) return AFTER_G[key];
  if (key === 'g') return 'g';
  return SINGLE[key];
}

/** Keys typed into a field, a select or an editable element belong to it, never to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
