import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageViewsList } from './ManageViewsList.tsx';

/** "Manage views" under the rail's Views: a dialog to show, hide and reorder them. */
export function ManageViewsButton() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    if (isOpen) dialog.current?.showModal();
  }, [isOpen]);

  return (
    <>
      <button type="button" className="nav-item manage-views" onClick={() => setIsOpen(true)}>
        {t('viewEditor.manage')}
      </button>
      <dialog
        ref={dialog}
        className="dialog manage-views-dialog"
        aria-labelledby="manage-views-title"
        onClose={() => setIsOpen(false)}
      >
        <h2 id="manage-views-title">{t('viewEditor.manageTitle')}</h2>
        {isOpen ? <ManageViewsList onDone={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}
