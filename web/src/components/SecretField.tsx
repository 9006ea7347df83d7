import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './ConfirmButton.tsx';

/** What the field says, in the screen's words (the identity secret, a webhook's signing secret…). */
export interface SecretFieldLabels {
  label: string;
  show: string;
  hide: string;
  rotate: string;
  rotateLong: string;
  hint?: string;
}

interface SecretFieldProps {
  labels: SecretFieldLabels;
  value: string;
  onRotate: () => void;
  isRotating: boolean;
}

/** A secret kept out of sight until asked for: show/hide, copy, and rotate after a confirmation. */
export function SecretField({ labels, value, onRotate, isRotating }: SecretFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isShown, setIsShown] = useState(false);
  const [isCopied, setIsCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setIsCopied(true);
    } catch {
      // Without clipboard permission, show the secret so it can be selected and copied by hand.
      setIsShown(true);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{labels.label}</label>
      <div className="secret-field">
        <input
          id={id}
          type={isShown ? 'text' : 'password'}
          readOnly
          value={value}
          className="mono"
          autoComplete="off"
          aria-describedby={labels.hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button secondary" onClick={() => setIsShown((shown) => !shown)}>
          {isShown ? labels.hide : labels.show}
        </button>
        <button type="button" className="button secondary" onClick={copy}>
          {t('common.copy')}
        </button>
        <ConfirmButton
          label={labels.rotate}
          ariaLabel={labels.rotateLong}
          isDisabled={isRotating}
          onConfirm={() => {
            setIsCopied(false);
            onRotate();
          }}
        />
      </div>
      {labels.hint ? (
        <p id={`${id}-hint`} className="hint">
          {labels.hint}
        </p>
      ) : null}
      <p role="status" className="hint">
        {isCopied ? t('common.copied') : null}
      </p>
    </div>
  );
}
