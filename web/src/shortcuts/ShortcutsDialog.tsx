import { type Ref, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './keymap.ts';

export interface ShortcutsDialogHandle {
  open: () => void;
}

/** The `?` sheet: every shortcut and what it does. A modal <dialog> keeps focus inside; Esc closes it. */
export function ShortcutsDialog({ ref }: { ref?: Ref<ShortcutsDialogHandle> }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useImperativeHandle(ref, () => ({ open: () => dialog.current?.showModal() }));
  return (
    <dialog ref={dialog} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((entry) => (
            <tr key={entry.action}>
              <td>
                {entry.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ` ${t('shortcuts.or')} ` : null}
                    {key.split(' ').map((part, step) => (
                      <span key={part}>
                        {step > 0 ? ` ${t('shortcuts.followedBy')} ` : null}
                        <kbd>{part}</kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
              <td>{'label' in entry ? t(entry.label) : t(`shortcuts.actions.${entry.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="dialog-actions">
        <button type="submit" className="button primary">
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}
