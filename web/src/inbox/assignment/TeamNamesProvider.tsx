import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { api } from '../../api.ts';
import { useResource } from '../../lib/useResource.ts';

type TeamNameOf = (id: string | null | undefined) => string | undefined;

const TeamNamesContext = createContext<TeamNameOf>(() => undefined);
const loadTeams = () => api.listTeams().then((list) => list.teams);

/** The workspace's team names, read once for a thread, so its events say "Assigned to Soporte / Support". */
export function TeamNamesProvider({ children }: { children: ReactNode }) {
  const { data } = useResource(loadTeams);
  const nameOf = useMemo<TeamNameOf>(() => {
    const byId = new Map((data ?? []).map((team) => [String(team.id), team.name]));
    return (id) => (id ? byId.get(id) : undefined);
  }, [data]);
  return <TeamNamesContext value={nameOf}>{children}</TeamNamesContext>;
}

export function useTeamName(): TeamNameOf {
  return useContext(TeamNamesContext);
}
