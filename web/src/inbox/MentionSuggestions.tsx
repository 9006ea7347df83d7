import { useTranslation } from 'react-i18next';
import type { Admin } from '../../../protocol/admins.ts';

interface MentionSuggestionsProps {
  id: string;
  suggestions: Admin[];
  selected: number;
  onChoose: (teammate: Admin) => void;
}

export const mentionOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

/** The teammates an `@` in a note may mention; the composer's textarea keeps focus and drives the selection. */
export function MentionSuggestions({ id, suggestions, selected, onChoose }: MentionSuggestionsProps) {
  const { t } = useTranslation();
  if (suggestions.length === 0) return null;
  return (
    <div id={id} className="mention-suggestions" role="listbox" aria-label={t('composer.mentionSuggestions')}>
      {suggestions.map((teammate, index) => (
        <div
          key={teammate.id}
          id={mentionOptionId(id, index)}
          role="option"
          aria-selected={index === selected}
          tabIndex={-1}
          // Keeps focus in the textarea, so the caret stays where the name goes.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(teammate);
          }}
        >
          {teammate.name}
        </div>
      ))}
    </div>
  );
}
