import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The centred card of the pages seen before sign-in. */
export function AuthLayout({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <header className="auth-header">
        <span className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          {t('app.name')}
        </span>
        {aside}
      </header>
      <main id="main" className="auth-card">
        {children}
      </main>
    </div>
  );
}
