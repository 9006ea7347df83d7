import { type Ref, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './keymap.ts';

export interface ShortcutsDialogHandle {
  open: () => void;
}

const NAMED_KEYS = ['Enter', 'Shift'] as const;
const isNamedKey = (key: string): key is (typeof NAMED_KEYS)[number] => (NAMED_KEYS as readonly string[]).includes(key);

/** The word between keys ("or", "then"), set apart from the keys so it never reads as one. */
function Joiner({ word }: { word: string }) {
  return <span className="shortcut-joiner"> {word} </span>;
}

/** One key or a chord ("Ctrl+Shift+S"), each key in its own <kbd>, named in the teammate's language. */
function KeyCombo({ combo, keyName }: { combo: string; keyName: (key: string) => string }) {
  const keys = combo.length > 1 ? combo.split('+') : [combo];
  return (
    <span className="key-combo">
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 ? '+' : null}
          <kbd>{keyName(key)}</kbd>
        </span>
      ))}
    </span>
  );
}

/** The `?` sheet: every shortcut and what it does. A modal <dialog> keeps focus inside; Esc closes it. */
export function ShortcutsDialog({ ref }: { ref?: Ref<ShortcutsDialogHandle> }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useImperativeHandle(ref, () => ({ open: () => dialog.current?.showModal() }));
  const keyName = (key: string) => (isNamedKey(key) ? t(`shortcuts.keyNames.${key}`) : key);
  // Spanish writes "u" for "o" before a word starting with o: "Intro u o", never "Intro o o".
  const orBefore = (next: string) => (/^o/i.test(next) ? t('shortcuts.orBeforeO') : t('shortcuts.or'));
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
                    {index > 0 ? <Joiner word={orBefore(keyName(key))} /> : null}
                    {key.split(' ').map((step, position) => (
                      <span key={step}>
                        {position > 0 ? <Joiner word={t('shortcuts.followedBy')} /> : null}
                        <KeyCombo combo={step} keyName={keyName} />
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
