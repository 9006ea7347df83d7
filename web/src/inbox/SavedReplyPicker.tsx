import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedReply } from '../../../protocol/saved-replies.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useResource } from '../lib/useResource.ts';

/** Lower case without accents, so "maria" finds "María". */
const comparable = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function matching(savedReplies: SavedReply[], query: string): SavedReply[] {
  const wanted = comparable(query.trim());
  if (wanted === '') return savedReplies;
  return savedReplies.filter((reply) => comparable(`${reply.name}\n${reply.body}`).includes(wanted));
}

interface SavedReplyPickerProps {
  onChoose: (savedReply: SavedReply) => void;
  onClose: () => void;
}

/** A searchable list of the workspace's saved replies above the composer; its search box has focus. */
export function SavedReplyPicker({ onChoose, onClose }: SavedReplyPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const titleId = useId();
  const savedReplies = useResource(api.listSavedReplies);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const all = savedReplies.data?.data;
  const shown = matching(all ?? [], query);
  const current = Math.min(selected, shown.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') setSelected(Math.min(current + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setSelected(Math.max(current - 1, 0));
    else if (event.key === 'Enter' && shown[current]) onChoose(shown[current]);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <section className="saved-reply-picker" aria-labelledby={titleId}>
      <p id={titleId} className="saved-reply-picker-title">
        {t('savedReplyPicker.title')}
      </p>
      <input
        type="search"
        role="combobox"
        aria-label={t('savedReplyPicker.search')}
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
        // The picker opens because the agent asked for it; the search box is where their next key goes.
        // biome-ignore lint/a11y/noAutofocus: focus moves on the agent's own shortcut
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelected(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={onClose}
      />
      <ErrorAlert error={savedReplies.error} />
      {all === undefined && !savedReplies.error ? <Loading /> : null}
      {all?.length === 0 ? <p className="muted">{t('savedReplyPicker.none')}</p> : null}
      {all?.length && shown.length === 0 ? <p className="muted">{t('savedReplyPicker.empty')}</p> : null}
      <div id={listId} role="listbox" aria-label={t('savedReplyPicker.results')} className="saved-reply-options">
        {shown.map((reply, index) => (
          <div
            key={reply.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            tabIndex={-1}
            // Keeps focus in the search box until the choice is made.
            onMouseDown={(event) => {
              event.preventDefault();
              onChoose(reply);
            }}
          >
            <span className="saved-reply-option-name">{reply.name}</span>
            <span className="saved-reply-option-body">{reply.body}</span>
          </div>
        ))}
      </div>
      <p className="hint">{t('savedReplyPicker.hint')}</p>
    </section>
  );
}
