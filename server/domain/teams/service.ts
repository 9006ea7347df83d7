import type { Db, TeamRow } from '../../db/index.ts';
import { isUniqueViolation, withTransaction } from '../../db/index.ts';
import type { DistributionMethod } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';

export interface TeamWithMembers {
  team: TeamRow;
  memberIds: number[];
}

async function memberIdsByTeam(db: Db, workspaceId: string, teamIds: number[]): Promise<Map<number, number[]>> {
  const byTeam = new Map<number, number[]>();
  if (teamIds.length === 0) return byTeam;
  const rows = await db
    .selectFrom('team_members')
    .select(['team_id', 'teammate_id'])
    .where('workspace_id', '=', workspaceId)
    .where('team_id', 'in', teamIds)
    .orderBy('teammate_id')
    .execute();
  for (const row of rows) byTeam.set(row.team_id, [...(byTeam.get(row.team_id) ?? []), row.teammate_id]);
  return byTeam;
}

export async function listTeams(db: Db, workspaceId: string): Promise<TeamWithMembers[]> {
  const teams = await db
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  const members = await memberIdsByTeam(
    db,
    workspaceId,
    teams.map((t) => t.id),
  );
  return teams.map((team) => ({ team, memberIds: members.get(team.id) ?? [] }));
}

export async function getTeam(db: Db, workspaceId: string, id: number): Promise<TeamWithMembers> {
  const team = await db
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!team) throw notFound('team_not_found', 'Team not found');
  const members = await memberIdsByTeam(db, workspaceId, [id]);
  return { team, memberIds: members.get(id) ?? [] };
}

/** Every member must be a teammate of this workspace; another workspace's ids are "not found". */
async function assertTeammatesExist(db: Db, workspaceId: string, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('teammates')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const missing = ids.find((id) => !found.some((row) => row.id === id));
  if (missing !== undefined) {
    throw new AppError('parameter_invalid', `admin_ids: no teammate ${missing}`, { field: 'admin_ids' });
  }
}

async function replaceMembers(db: Db, workspaceId: string, teamId: number, memberIds: number[]): Promise<void> {
  await db.deleteFrom('team_members').where('workspace_id', '=', workspaceId).where('team_id', '=', teamId).execute();
  if (memberIds.length === 0) return;
  await db
    .insertInto('team_members')
    .values(memberIds.map((teammate_id) => ({ workspace_id: workspaceId, team_id: teamId, teammate_id })))
    .execute();
}

function renameConflict(error: unknown, name: string | undefined): never {
  if (isUniqueViolation(error)) throw new AppError('conflict', `A team named "${name}" exists`, { field: 'name' });
  throw error;
}

export async function createTeam(
  db: Db,
  workspaceId: string,
  input: {
    name: string;
    admin_ids: number[];
    distribution_method?: DistributionMethod;
    assignment_limit?: number | null;
  },
): Promise<TeamWithMembers> {
  const memberIds = [...new Set(input.admin_ids)];
  const teamId = await withTransaction(db, async (trx) => {
    await assertTeammatesExist(trx, workspaceId, memberIds);
    const team = await trx
      .insertInto('teams')
      .values({
        workspace_id: workspaceId,
        name: input.name,
        distribution_method: input.distribution_method ?? 'round_robin',
        assignment_limit: input.assignment_limit ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceMembers(trx, workspaceId, team.id, memberIds);
    return team.id;
  }).catch((error) => renameConflict(error, input.name));
  return getTeam(db, workspaceId, teamId);
}

export async function updateTeam(
  db: Db,
  workspaceId: string,
  id: number,
  input: {
    name?: string;
    admin_ids?: number[];
    distribution_method?: DistributionMethod;
    assignment_limit?: number | null;
  },
): Promise<TeamWithMembers> {
  await withTransaction(db, async (trx) => {
    await getTeam(trx, workspaceId, id);
    const { admin_ids: _members, ...columns } = input;
    if (Object.values(columns).some((value) => value !== undefined)) {
      await trx
        .updateTable('teams')
        .set(columns)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    }
    if (input.admin_ids !== undefined) {
      const memberIds = [...new Set(input.admin_ids)];
      await assertTeammatesExist(trx, workspaceId, memberIds);
      await replaceMembers(trx, workspaceId, id, memberIds);
    }
  }).catch((error) => renameConflict(error, input.name));
  return getTeam(db, workspaceId, id);
}

/**
 * Deletes a team; its conversations keep their teammate and lose the team (what waited in its queue goes to
 * Unassigned). Their rows are locked first, in id order, as assignment locks a conversation before its team.
 */
export async function deleteTeam(db: Db, workspaceId: string, id: number): Promise<void> {
  await withTransaction(db, async (trx) => {
    await trx
      .selectFrom('conversations')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('team_assignee_id', '=', id)
      .orderBy('id')
      .forUpdate()
      .execute();
    await trx
      .updateTable('conversations')
      .set({ queued_at: null })
      .where('workspace_id', '=', workspaceId)
      .where('team_assignee_id', '=', id)
      .where('queued_at', 'is not', null)
      .execute();
    const deleted = await trx
      .deleteFrom('teams')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (deleted.numDeletedRows === 0n) throw notFound('team_not_found', 'Team not found');
  });
}
