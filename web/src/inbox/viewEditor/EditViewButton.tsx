import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { View } from '../../../../protocol/views.ts';
import { api } from '../../api.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { NewViewForm } from '../newView/NewViewForm.tsx';
import { useViews } from '../ViewsProvider.tsx';
import { viewHref } from '../views.ts';

/** "Edit view" in a saved view's list header: the New view form filled in, and delete (asked twice). */
export function EditViewButton({ view }: { view: View }) {
  const { t } = useTranslation();
  const views = useViews();
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const removal = useAction();

  useEffect(() => {
    if (isOpen) dialog.current?.showModal();
  }, [isOpen]);

  function onSaved() {
    dialog.current?.close();
    views.reload();
  }

  function remove() {
    void removal.run(async () => {
      await api.deleteView(view.id);
      dialog.current?.close();
      navigate(viewHref('you'));
      views.reload();
    });
  }

  return (
    <>
      <button
        type="button"
        className="edit-view"
        aria-label={t('viewEditor.edit')}
        title={t('viewEditor.edit')}
        onClick={() => setIsOpen(true)}
      >
        <span aria-hidden="true">✎</span>
      </button>
      <dialog
        ref={dialog}
        className="dialog new-view-dialog edit-view-dialog"
        aria-labelledby="edit-view-title"
        onClose={() => setIsOpen(false)}
      >
        <h2 id="edit-view-title">{t('viewEditor.editTitle')}</h2>
        {isOpen ? (
          <>
            <NewViewForm view={view} onSaved={onSaved} onCancel={() => dialog.current?.close()} />
            <section className="delete-view" aria-labelledby="delete-view-title">
              <h3 id="delete-view-title">{t('viewEditor.deleteTitle')}</h3>
              <p className="hint">
                {view.kind === 'shared' ? t('viewEditor.deleteSharedHint') : t('viewEditor.deletePrivateHint')}
              </p>
              <ConfirmButton
                label={t('viewEditor.delete')}
                ariaLabel={t('viewEditor.deleteNamed', { name: view.name })}
                isDisabled={removal.isBusy}
                onConfirm={remove}
              />
              <ErrorAlert error={removal.error} />
            </section>
          </>
        ) : null}
      </dialog>
    </>
  );
}
