import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Admin } from '../../../protocol/admins.ts';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { api } from '../api.ts';
import { useResource } from '../lib/useResource.ts';
import { useLiveRefresh } from '../realtime/useLiveRefresh.ts';

interface Teammates {
  /** Active teammates, by name: who a conversation can be assigned to. */
  active: Admin[];
  nameOf: (id: string | number | null | undefined) => string | undefined;
}

const TeammatesContext = createContext<Teammates>({ active: [], nameOf: () => undefined });
const loadAdmins = () => api.listAdmins().then((list) => list.admins);
const isAwayChange = (event: CharlaEvent) => event.topic === 'admin.away_mode_updated';

/**
 * The workspace's teammates for the inbox (assignee names, the assignee picker), read again when someone goes
 * away or comes back, so the picker's "away" marks stay true.
 */
export function TeammatesProvider({ children }: { children: ReactNode }) {
  const { data, reload } = useResource(loadAdmins);
  useLiveRefresh(reload, isAwayChange, 300);
  const value = useMemo<Teammates>(() => {
    const admins = data ?? [];
    const byId = new Map(admins.map((admin) => [admin.id, admin.name]));
    return {
      active: admins.filter((admin) => admin.active).sort((a, b) => a.name.localeCompare(b.name)),
      nameOf: (id) => (id === null || id === undefined ? undefined : byId.get(String(id))),
    };
  }, [data]);
  return <TeammatesContext value={value}>{children}</TeammatesContext>;
}

export function useTeammates(): Teammates {
  return useContext(TeammatesContext);
}
