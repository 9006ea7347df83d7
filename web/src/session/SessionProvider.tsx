import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { Admin } from '../../../protocol/admins.ts';
import type { Session } from '../../../protocol/auth.ts';
import { api, whenUnauthorized } from '../api.ts';
import { applyLanguage } from '../i18n/index.ts';
import { SessionContext } from './context.ts';

/** Loads who is signed in once, and keeps the UI language on the teammate's saved language. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    whenUnauthorized(() => setSession(null));
    api.getSession().then(setSession, () => setSession(null));
  }, []);

  const language = session?.admin.language;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  const updateAdmin = useCallback((admin: Admin) => {
    setSession((current) => current && { ...current, admin: { ...current.admin, ...admin } });
  }, []);

  const value = useMemo(() => ({ session, setSession, updateAdmin }), [session, updateAdmin]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
