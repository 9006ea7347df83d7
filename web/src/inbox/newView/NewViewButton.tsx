import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { View } from '../../../../protocol/views.ts';
import { useViews } from '../ViewsProvider.tsx';
import { viewHref } from '../views.ts';
import { NewViewForm } from './NewViewForm.tsx';

/** "New view" in the rail: a modal dialog (focus kept inside, Esc closes) that saves a filter and opens it. */
export function NewViewButton() {
  const { t } = useTranslation();
  const views = useViews();
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    if (isOpen) dialog.current?.showModal();
  }, [isOpen]);

  function onCreated(view: View) {
    dialog.current?.close();
    views.reload();
    navigate(viewHref(view));
  }

  return (
    <>
      <button type="button" className="nav-item new-view" onClick={() => setIsOpen(true)}>
        {t('newView.open')}
      </button>
      <dialog
        ref={dialog}
        className="dialog new-view-dialog"
        aria-labelledby="new-view-title"
        onClose={() => setIsOpen(false)}
      >
        <h2 id="new-view-title">{t('newView.title')}</h2>
        {isOpen ? <NewViewForm onSaved={onCreated} onCancel={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}
