import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { DEFAULT_PREFERENCES, type Preferences, type UpdatePreferencesRequest } from '../../../protocol/preferences.ts';
import { api } from '../api.ts';
import { useResource } from '../lib/useResource.ts';
import { useLiveRefresh } from '../realtime/useLiveRefresh.ts';

export interface PreferencesContextValue {
  /** The defaults until the teammate's own arrive, so nothing waits on them. */
  preferences: Preferences;
  /** Saves some preferences; the screen shows the server's answer, and the teammate's other tabs follow. */
  updatePreferences: (changes: UpdatePreferencesRequest) => Promise<Preferences>;
}

const PreferencesContext = createContext<PreferencesContextValue | null>(null);
const isPreferencesEvent = (event: CharlaEvent) => event.topic === 'teammate.preferences_updated';

/** The signed-in teammate's preferences (protocol/preferences.ts), live across their tabs. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const resource = useResource(api.getPreferences);
  useLiveRefresh(resource.reload, isPreferencesEvent, 100);
  const { replace } = resource;
  const updatePreferences = useCallback(
    async (changes: UpdatePreferencesRequest) => {
      const saved = await api.updatePreferences(changes);
      replace(saved);
      return saved;
    },
    [replace],
  );
  const preferences = resource.data ?? DEFAULT_PREFERENCES;
  const value = useMemo(() => ({ preferences, updatePreferences }), [preferences, updatePreferences]);
  return <PreferencesContext value={value}>{children}</PreferencesContext>;
}

export function usePreferences(): PreferencesContextValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences must be used inside <PreferencesProvider>');
  return value;
}
