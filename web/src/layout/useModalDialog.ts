import { type RefObject, useEffect, useRef } from 'react';

/**
 * Shows a <dialog> as a modal while `isOpen` (the browser keeps focus inside it and closes it on Esc), and hands
 * the focus back to whatever had it before, once closed.
 */
export function useModalDialog(isOpen: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || !isOpen) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [isOpen]);
  return dialog;
}
