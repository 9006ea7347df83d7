import type { Team, TeamList } from '../../../protocol/teams.ts';
import type { TeamWithMembers } from './service.ts';

export function presentTeam({ team, memberIds }: TeamWithMembers): Team {
  return {
    type: 'team',
    id: String(team.id),
    name: team.name,
    admin_ids: memberIds,
    distribution_method: team.distribution_method,
    assignment_limit: team.assignment_limit,
  };
}

export function presentTeamList(teams: TeamWithMembers[]): TeamList {
  return { type: 'team.list', teams: teams.map(presentTeam) };
}
