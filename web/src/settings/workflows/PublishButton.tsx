import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PublishButtonProps {
  nextVersion: number;
  isDisabled: boolean;
  onPublish: () => void;
}

/** Publishing asks once more in place, naming the version it will create. */
export function PublishButton({ nextVersion, isDisabled, onPublish }: PublishButtonProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isAsking) confirm.current?.focus();
  }, [isAsking]);

  if (!isAsking) {
    return (
      <button type="button" className="button primary" disabled={isDisabled} onClick={() => setIsAsking(true)}>
        {t('workflows.publish')}
      </button>
    );
  }
  return (
    <fieldset className="publish-confirm">
      <legend>{t('workflows.publishQuestion', { version: nextVersion })}</legend>
      <div className="form-actions">
        <button
          ref={confirm}
          type="button"
          className="button primary"
          disabled={isDisabled}
          onClick={() => {
            setIsAsking(false);
            onPublish();
          }}
        >
          {t('workflows.publishVersion', { version: nextVersion })}
        </button>
        <button type="button" className="button secondary" onClick={() => setIsAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
