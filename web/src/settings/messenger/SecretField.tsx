import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

interface SecretFieldProps {
  label: string;
  value: string;
  onRotate: () => void;
  isRotating: boolean;
}

/** A secret kept out of sight until asked for: show/hide, copy, and rotate after a confirmation. */
export function SecretField({ label, value, onRotate, isRotating }: SecretFieldProps) {
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
      <label htmlFor={id}>{label}</label>
      <div className="secret-field">
        <input
          id={id}
          type={isShown ? 'text' : 'password'}
          readOnly
          value={value}
          className="mono"
          autoComplete="off"
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button secondary" onClick={() => setIsShown((shown) => !shown)}>
          {isShown ? t('messenger.hideSecret') : t('messenger.showSecret')}
        </button>
        <button type="button" className="button secondary" onClick={copy}>
          {t('common.copy')}
        </button>
        <ConfirmButton
          label={t('messenger.rotateSecret')}
          ariaLabel={t('messenger.rotateSecretLong')}
          isDisabled={isRotating}
          onConfirm={() => {
            setIsCopied(false);
            onRotate();
          }}
        />
      </div>
      <p role="status" className="hint">
        {isCopied ? t('common.copied') : null}
      </p>
    </div>
  );
}
