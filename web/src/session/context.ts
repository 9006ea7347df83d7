import { createContext, useContext } from 'react';
import type { Admin, AdminWithApp } from '../../../protocol/admins.ts';
import type { Session } from '../../../protocol/auth.ts';

export interface SessionContextValue {
  /** `undefined` while the first `GET /api/auth/session` is in flight, `null` when signed out. */
  session: Session | null | undefined;
  setSession: (session: Session | null) => void;
  /** Merges a fresh `Admin` answer (profile, status, language) into the signed-in teammate. */
  updateAdmin: (admin: Admin) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** For screens inside the app frame, which only renders once signed in. */
export function useSignedIn(): { session: Session; me: AdminWithApp; updateAdmin: (admin: Admin) => void } {
  const { session, updateAdmin } = useSession();
  if (!session) throw new Error('useSignedIn must be used inside the signed-in app frame');
  return { session, me: session.admin, updateAdmin };
}
