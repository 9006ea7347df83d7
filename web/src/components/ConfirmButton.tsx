import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  /** The accessible name, naming what is affected ("Revoke deploy-bot"). */
  ariaLabel: string;
  onConfirm: () => void;
  isDisabled?: boolean;
}

/** A destructive action that asks once more in place, instead of a browser dialog. */
export function ConfirmButton({ label, ariaLabel, onConfirm, isDisabled }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  if (!isAsking) {
    return (
      <button type="button" className="button danger-quiet" aria-label={ariaLabel} onClick={() => setIsAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <button
        type="button"
        className="button danger"
        disabled={isDisabled}
        onClick={() => {
          setIsAsking(false);
          onConfirm();
        }}
      >
        {t('common.confirm')}
      </button>
      <button type="button" className="button secondary" onClick={() => setIsAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
