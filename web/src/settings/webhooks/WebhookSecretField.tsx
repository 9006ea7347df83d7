import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

interface WebhookSecretFieldProps {
  value: string;
  onRotate: () => void;
  isRotating: boolean;
}

/** The signing secret, hidden until asked for: show/hide, copy, and rotate after a confirmation. */
export function WebhookSecretField({ value, onRotate, isRotating }: WebhookSecretFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isShown, setIsShown] = useState(false);
  const [isCopied, setIsCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setIsCopied(true);
    } catch {
      // Without clipboard permission, show it so it can be selected and copied by hand.
      setIsShown(true);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('webhooks.secret')}</label>
      <div className="secret-field">
        <input
          id={id}
          type={isShown ? 'text' : 'password'}
          readOnly
          value={value}
          className="mono"
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button secondary" onClick={() => setIsShown((shown) => !shown)}>
          {isShown ? t('webhooks.hideSecret') : t('webhooks.showSecret')}
        </button>
        <button type="button" className="button secondary" onClick={copy}>
          {t('common.copy')}
        </button>
        <ConfirmButton
          label={t('webhooks.rotateSecret')}
          ariaLabel={t('webhooks.rotateSecretLong')}
          isDisabled={isRotating}
          onConfirm={() => {
            setIsCopied(false);
            onRotate();
          }}
        />
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('webhooks.secretHint')}
      </p>
      <p role="status" className="hint">
        {isCopied ? t('common.copied') : null}
      </p>
    </div>
  );
}
