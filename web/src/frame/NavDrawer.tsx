import { type MouseEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { CloseIcon, MenuIcon } from '../layout/icons.tsx';
import { useModalDialog } from '../layout/useModalDialog.ts';
import { SearchButton } from '../search/SearchButton.tsx';
import { useSignedIn } from '../session/context.ts';
import { NavRail } from './NavRail.tsx';

/**
 * The rail on a narrow screen: a top bar with a menu button that opens the rail as a drawer from the left. The
 * drawer keeps the focus inside, closes on Esc, its close button, a tap beside it or after going somewhere, and
 * gives the focus back to the menu button.
 */
export function NavDrawer({ isHidden }: { isHidden: boolean }) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const [location] = useLocation();
  const [isOpen, setOpen] = useState(false);
  const dialog = useModalDialog(isOpen);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new location is the reason to close.
  useEffect(() => setOpen(false), [location]);

  const closeOnBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) setOpen(false);
  };
  return (
    <>
      <header className="top-bar" hidden={isHidden}>
        <button
          type="button"
          className="icon-button"
          aria-label={t('layout.openMenu')}
          aria-haspopup="dialog"
          aria-expanded={isOpen}
          onClick={() => setOpen(true)}
        >
          <MenuIcon />
        </button>
        <img src="/favicon.svg" alt="" width="26" height="26" />
        <span className="top-bar-name">
          <span className="rail-app">{t('app.name')}</span>
          <span className="rail-workspace">{me.app.name}</span>
        </span>
        {/* Search stays one tap away (and its shortcuts live) while the drawer is closed. */}
        <SearchButton isCompact />
      </header>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Esc and the close button are the keyboard's ways out. */}
      <dialog
        ref={dialog}
        className="nav-drawer"
        aria-label={t('layout.openMenu')}
        onClose={() => setOpen(false)}
        onClick={closeOnBackdrop}
      >
        {isOpen ? (
          <div className="nav-drawer-body">
            <button
              type="button"
              className="icon-button nav-drawer-close"
              aria-label={t('layout.closeMenu')}
              onClick={() => setOpen(false)}
            >
              <CloseIcon />
            </button>
            <NavRail hasSearch={false} />
          </div>
        ) : null}
      </dialog>
    </>
  );
}
