import { useTranslation } from 'react-i18next';
import { SecretField } from '../../components/SecretField.tsx';
import { UserHashHint } from './UserHashHint.tsx';

interface IdentityVerificationCardProps {
  isRequired: boolean;
  onRequiredChange: (isRequired: boolean) => void;
  secret: string;
  onRotate: () => void;
  isRotating: boolean;
  isRotated: boolean;
}

/** Intercom's identity verification: the switch, the secret websites sign with, and how to sign. */
export function IdentityVerificationCard(props: IdentityVerificationCardProps) {
  const { isRequired, onRequiredChange, secret, onRotate, isRotating, isRotated } = props;
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="identity-title">
      <div>
        <h3 id="identity-title">{t('messenger.identityTitle')}</h3>
        <p className="muted">{t('messenger.identityIntro')}</p>
      </div>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={isRequired}
          aria-checked={isRequired}
          aria-describedby="identity-warning"
          onChange={(event) => onRequiredChange(event.target.checked)}
        />
        <span>{t('messenger.identityRequired')}</span>
      </label>
      <p id="identity-warning" className={isRequired ? 'note' : 'hint'}>
        {isRequired ? t('messenger.identityOnWarning') : t('messenger.identityOffHint')}
      </p>
      <SecretField
        labels={{
          label: t('messenger.identitySecret'),
          show: t('messenger.showSecret'),
          hide: t('messenger.hideSecret'),
          rotate: t('messenger.rotateSecret'),
          rotateLong: t('messenger.rotateSecretLong'),
        }}
        value={secret}
        onRotate={onRotate}
        isRotating={isRotating}
      />
      <div role="status">{isRotated ? <p className="note">{t('messenger.secretRotated')}</p> : null}</div>
      <UserHashHint />
    </section>
  );
}
