import { TEAM_VIEW_ID_PATTERN } from '../../../protocol/views.ts';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import type { EventBus } from '../../events/bus.ts';
import { transact } from '../../events/transact.ts';
import { BUILT_IN_VIEWS } from './builtins.ts';
import { emitViewChanged } from './events.ts';
import type { ViewViewer } from './filters.ts';
import { teamRecord, type ViewRecord } from './records.ts';

/** The inboxes of the viewer's own teams, by team name, placed after the built-in views. */
export async function listTeamInboxes(db: Db, viewer: ViewViewer): Promise<ViewRecord[]> {
  const teams = await db
    .selectFrom('teams')
    .innerJoin('team_members', (join) =>
      join.onRef('team_members.workspace_id', '=', 'teams.workspace_id').onRef('team_members.team_id', '=', 'teams.id'),
    )
    .select(['teams.id', 'teams.name'])
    .where('teams.workspace_id', '=', viewer.workspaceId)
    .where('team_members.teammate_id', '=', viewer.teammateId)
    .orderBy('teams.name')
    .orderBy('teams.id')
    .execute();
  return teams.map((team, index) => teamRecord(team, BUILT_IN_VIEWS.length + index));
}

export const isTeamViewId = (id: string | number): id is string =>
  typeof id === 'string' && TEAM_VIEW_ID_PATTERN.test(id);

/**
 * A team's inbox by its view id: for the team's members, and for managers and admins whatever their teams.
 * Anyone else, another workspace's team, or no such team: 404, as for another teammate's private view.
 */
export async function findTeamInbox(db: Db, viewer: ViewViewer, id: string): Promise<ViewRecord> {
  const teamId = Number(TEAM_VIEW_ID_PATTERN.exec(id)?.[1]);
  const team = await db
    .selectFrom('teams')
    .select(['teams.id', 'teams.name'])
    .where('teams.workspace_id', '=', viewer.workspaceId)
    .where('teams.id', '=', teamId)
    .$if(!viewer.seesEveryTeam, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('team_members')
            .select('team_members.team_id')
            .where('team_members.workspace_id', '=', viewer.workspaceId)
            .where('team_members.team_id', '=', teamId)
            .where('team_members.teammate_id', '=', viewer.teammateId),
        ),
      ),
    )
    .executeTakeFirst();
  if (!team) throw notFound('not_found', 'View not found');
  return teamRecord(team, BUILT_IN_VIEWS.length);
}

/**
 * Tells every agent's nav that a team inbox appeared, changed (name, members) or went away, so it is listed for
 * its members at once. Sent after the team's own transaction: losing it in a crash only delays the nav until
 * its next reload, and the teams code stays free of view concerns.
 */
export async function announceTeamInbox(
  services: { db: Db; eventBus: EventBus },
  workspaceId: string,
  team: { id: number; name: string },
  action: 'created' | 'updated' | 'deleted',
): Promise<void> {
  await transact(services, workspaceId, async (_trx, emit) => {
    emitViewChanged(emit, action, teamRecord(team, BUILT_IN_VIEWS.length));
  });
}
