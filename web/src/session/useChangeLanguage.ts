import type { Language } from '../../../protocol/common.ts';
import { api } from '../api.ts';
import { applyLanguage } from '../i18n/index.ts';
import { useSession } from './context.ts';

/** Switches the UI at once; once signed in, also saves the choice on the teammate. */
export function useChangeLanguage(): (language: Language) => Promise<void> {
  const { session, updateAdmin } = useSession();
  return async (language) => {
    applyLanguage(language);
    if (!session) return;
    try {
      updateAdmin(await api.updateAdmin(session.admin.id, { language }));
    } catch (error) {
      applyLanguage(session.admin.language);
      throw error;
    }
  };
}
