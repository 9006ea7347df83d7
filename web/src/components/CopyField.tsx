import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only value (a secret, a link) with a Copy button. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [isCopied, setIsCopied] = useState(false);

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Without clipboard permission the text stays selected, ready for Ctrl+C.
      return;
    }
    setIsCopied(true);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field">
        <input id={id} ref={input} readOnly value={value} className="mono" onFocus={(e) => e.target.select()} />
        <button type="button" className="button secondary" onClick={copy}>
          {t('common.copy')}
        </button>
      </div>
      <p role="status" className="hint">
        {isCopied ? t('common.copied') : null}
      </p>
    </div>
  );
}
