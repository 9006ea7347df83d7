import { useEffect, useEffectEvent, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../shortcuts/registry.ts';
import { SearchDialog, type SearchDialogHandle } from './SearchDialog.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The search box in the rail (or, `isCompact`, a magnifier in the phone's top bar): opens the search dialog on click, on `/` (a global shortcut, listed in the `?`
 * sheet) and on Ctrl+K / ⌘K, which works even while typing elsewhere, as in most apps.
 */
export function SearchButton({ isCompact = false }: { isCompact?: boolean }) {
  const { t } = useTranslation();
  const dialog = useRef<SearchDialogHandle>(null);
  useShortcut('search', () => dialog.current?.open());

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    dialog.current?.open();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <>
      <button
        type="button"
        className={isCompact ? 'search-button is-compact' : 'search-button'}
        onClick={() => dialog.current?.open()}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className={isCompact ? 'visually-hidden' : 'search-button-label'}>{t('search.open')}</span>
        {isCompact ? null : <kbd className="search-button-key">{isMac ? '⌘K' : 'Ctrl K'}</kbd>}
      </button>
      {/* In the body, not in the rail: on a phone the rail is a closed drawer, and the dialog must show anyway. */}
      {createPortal(<SearchDialog ref={dialog} />, document.body)}
    </>
  );
}
