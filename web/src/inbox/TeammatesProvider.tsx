import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Admin } from '../../../protocol/admins.ts';
import { api } from '../api.ts';
import { useResource } from '../lib/useResource.ts';

interface Teammates {
  /** Active teammates, by name: who a conversation can be assigned to. */
  active: Admin[];
  nameOf: (id: string | number | null | undefined) => string | undefined;
}

const TeammatesContext = createContext<Teammates>({ active: [], nameOf: () => undefined });
const loadAdmins = () => api.listAdmins().then((list) => list.admins);

/** The workspace's teammates, loaded once for the inbox (assignee names, the assignee picker). */
export function TeammatesProvider({ children }: { children: ReactNode }) {
  const { data } = useResource(loadAdmins);
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
