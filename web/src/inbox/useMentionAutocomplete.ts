import { type KeyboardEvent, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import type { Admin } from '../../../protocol/admins.ts';
import { findMentionQuery, insertMention, type MentionQuery, suggestTeammates } from './mentionQuery.ts';
import { useTeammates } from './TeammatesProvider.tsx';

export interface MentionAutocomplete {
  suggestions: Admin[];
  selected: number;
  /** Call after every change of text or caret. */
  update: (text: string, caret: number) => void;
  choose: (teammate: Admin) => void;
  /** Handles ↑ ↓ Enter Tab Esc while suggestions show; true when it used the key. */
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
}

/** `@` autocomplete of active teammates in a textarea: inserts `@Full Name`, which the server records as a mention. */
export function useMentionAutocomplete(
  input: RefObject<HTMLTextAreaElement | null>,
  text: string,
  setText: (text: string) => void,
  isEnabled: boolean,
): MentionAutocomplete {
  const { active } = useTeammates();
  const [mention, setMention] = useState<MentionQuery>();
  const [selected, setSelected] = useState(0);
  const suggestions = isEnabled && mention ? suggestTeammates(active, mention.query) : [];
  // Where the caret goes once the inserted name is rendered. Placed in a layout effect, synchronously
  // after React commits the new text, so a key typed right after choosing can never land before it.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !input.current) return;
    pendingCaret.current = null;
    input.current.focus();
    input.current.setSelectionRange(caret, caret);
  });

  const update = (value: string, caret: number) => {
    const found = findMentionQuery(value, caret);
    if (found?.query !== mention?.query) setSelected(0);
    setMention(found);
  };

  const choose = (teammate: Admin) => {
    if (!mention) return;
    const inserted = insertMention(text, mention, teammate.name);
    pendingCaret.current = inserted.caret;
    setText(inserted.text);
    setMention(undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length === 0) return false;
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      setSelected((current) => (current + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const teammate = suggestions[selected];
      if (teammate) choose(teammate);
    } else if (event.key === 'Escape') {
      setMention(undefined);
    } else {
      return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  return { suggestions, selected, update, choose, onKeyDown };
}
