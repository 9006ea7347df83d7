import { type MouseEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DETAILS_AS_PANEL } from './breakpoints.ts';
import { CloseIcon } from './icons.tsx';
import { useMediaQuery } from './useMediaQuery.ts';
import { useModalDialog } from './useModalDialog.ts';

export interface DetailsPanelState {
  /** The window is too narrow for a details column: the details open over the thread instead. */
  isPanel: boolean;
  isOpen: boolean;
  setOpen: (isOpen: boolean) => void;
}

/** Whether the conversation's details are a column beside the thread or a panel opened on demand. */
export function useDetailsPanel(): DetailsPanelState {
  const isPanel = useMediaQuery(DETAILS_AS_PANEL);
  const [isOpen, setOpen] = useState(false);
  return { isPanel, isOpen: isPanel && isOpen, setOpen };
}

/** "Details" in the thread's header, where the details are a panel. */
export function DetailsButton({ panel }: { panel: DetailsPanelState }) {
  const { t } = useTranslation();
  if (!panel.isPanel) return null;
  return (
    <button
      type="button"
      className="button secondary small details-button"
      aria-haspopup="dialog"
      aria-expanded={panel.isOpen}
      onClick={() => panel.setOpen(true)}
    >
      {t('layout.details')}
    </button>
  );
}

/**
 * The details column on wide screens; on narrower ones a modal panel from the right (the whole screen on a
 * phone) that keeps the focus inside, closes on Esc, its close button or a tap beside it, and gives the focus
 * back to the Details button.
 */
export function DetailsPanel({ panel, children }: { panel: DetailsPanelState; children: ReactNode }) {
  const { t } = useTranslation();
  const dialog = useModalDialog(panel.isOpen);
  if (!panel.isPanel) return children;
  const closeOnBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) panel.setOpen(false);
  };
  return (
    // The backdrop is the dialog itself (its content fills it): a click there is a click beside the panel.
    // biome-ignore lint/a11y/useKeyWithClickEvents: Esc and the close button are the keyboard's ways out.
    <dialog
      ref={dialog}
      className="details-dialog"
      aria-labelledby="details-dialog-title"
      onClose={() => panel.setOpen(false)}
      onClick={closeOnBackdrop}
    >
      <div className="details-dialog-body">
        <header className="details-dialog-header">
          <h2 id="details-dialog-title">{t('layout.details')}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label={t('layout.closeDetails')}
            onClick={() => panel.setOpen(false)}
          >
            <CloseIcon />
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
