import { type KeyboardEvent, type Ref, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { viewHref } from '../inbox/views.ts';
import { optionId, type SearchItem, SearchResults } from './SearchResults.tsx';
import { useInboxSearch } from './useInboxSearch.ts';

export interface SearchDialogHandle {
  open: () => void;
}

/** Where a result leads: the conversation in the inbox's "All" view; a contact's newest conversation. */
function hrefOf(item: SearchItem): string | null {
  const conversationId = item.type === 'conversation' ? item.id : item.latest_conversation_id;
  return conversationId === null ? null : `${viewHref('all')}/${conversationId}`;
}

/**
 * The search dialog: a search box whose results come as the agent types (messages, notes, names, emails),
 * ↑/↓ to move through them and Enter to open one. A modal <dialog>: focus stays inside, Esc closes it.
 */
export function SearchDialog({ ref }: { ref?: Ref<SearchDialogHandle> }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  // Closed, the dialog keeps the query (reopening shows it again) but no results: none linger hidden in the page.
  const [isOpen, setIsOpen] = useState(false);
  const search = useInboxSearch(isOpen ? text : '');
  const result = 'result' in search ? search.result : undefined;
  const items: SearchItem[] = result ? [...result.conversations, ...result.contacts] : [];

  useImperativeHandle(ref, () => ({
    open: () => {
      if (!dialog.current?.open) dialog.current?.showModal();
      setIsOpen(true);
      input.current?.select();
    },
  }));

  function open(item: SearchItem) {
    const href = hrefOf(item);
    if (href === null) return;
    dialog.current?.close();
    navigate(href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (items.length === 0) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const next = (activeIndex + step + items.length) % items.length;
      setActiveIndex(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[Math.min(activeIndex, items.length - 1)];
      if (item) open(item);
    }
  }

  const q = isOpen ? text.trim() : '';
  const isEmpty = result !== undefined && items.length === 0 && search.status === 'done';
  return (
    <dialog
      ref={dialog}
      className="dialog search-dialog"
      aria-labelledby="search-title"
      onClose={() => setIsOpen(false)}
    >
      <h2 id="search-title" className="visually-hidden">
        {t('search.title')}
      </h2>
      <div className="search-box">
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={items.length > 0 ? optionId(Math.min(activeIndex, items.length - 1)) : undefined}
          aria-label={t('search.title')}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
        <form method="dialog">
          <button type="submit" className="search-close">
            <span className="search-close-key" aria-hidden="true">
              Esc
            </span>
            <span className="search-close-word">{t('search.cancel')}</span>
          </button>
        </form>
      </div>
      <div className="search-body" aria-live="polite" aria-busy={search.status === 'loading'}>
        {q === '' ? <p className="search-hint">{t('search.empty')}</p> : null}
        {search.status === 'failed' ? <p className="search-hint is-error">{t('search.failed')}</p> : null}
        {isEmpty && q !== '' ? <p className="search-hint">{t('search.noResults', { q })}</p> : null}
        {q !== '' && result ? (
          <SearchResults
            conversations={result.conversations}
            contacts={result.contacts}
            activeIndex={Math.min(activeIndex, items.length - 1)}
            onOpen={open}
            onHover={setActiveIndex}
          />
        ) : null}
        {q !== '' && !result && search.status === 'loading' ? (
          <p className="search-hint">{t('search.searching')}</p>
        ) : null}
      </div>
      <p className="search-footer" aria-hidden="true">
        {t('search.keys')}
      </p>
    </dialog>
  );
}
