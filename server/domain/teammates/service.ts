import type { UpdateAdminRequest } from '../../../protocol/admins.ts';
import type { Language, Role } from '../../../protocol/common.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { isUniqueViolation, withTransaction } from '../../db/index.ts';
import { AppError, notFound } from '../../errors.ts';
import type { EventBus } from '../../events/bus.ts';
import { transact } from '../../events/transact.ts';
import { hashPassword } from '../../lib/password.ts';
import { presentAdmin } from './presenter.ts';

export interface NewTeammate {
  workspaceId: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  language?: Language;
  jobTitle?: string | null;
}

export interface TeammateWithTeams {
  teammate: TeammateRow;
  teamIds: number[];
}

export async function createTeammate(db: Db, input: NewTeammate): Promise<TeammateRow> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db
      .insertInto('teammates')
      .values({
        workspace_id: input.workspaceId,
        email: input.email.toLowerCase(),
        name: input.name,
        role: input.role,
        language: input.language ?? 'en',
        job_title: input.jobTitle ?? null,
        timezone: null,
        password_hash: passwordHash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('teammate_exists', `A teammate with email ${input.email} exists`);
    throw error;
  }
}

async function teamIdsByTeammate(db: Db, workspaceId: string, teammateIds: number[]): Promise<Map<number, number[]>> {
  const byTeammate = new Map<number, number[]>();
  if (teammateIds.length === 0) return byTeammate;
  const rows = await db
    .selectFrom('team_members')
    .select(['teammate_id', 'team_id'])
    .where('workspace_id', '=', workspaceId)
    .where('teammate_id', 'in', teammateIds)
    .orderBy('team_id')
    .execute();
  for (const row of rows) byTeammate.set(row.teammate_id, [...(byTeammate.get(row.teammate_id) ?? []), row.team_id]);
  return byTeammate;
}

export async function listTeammates(db: Db, workspaceId: string): Promise<TeammateWithTeams[]> {
  const teammates = await db
    .selectFrom('teammates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const teams = await teamIdsByTeammate(
    db,
    workspaceId,
    teammates.map((t) => t.id),
  );
  return teammates.map((teammate) => ({ teammate, teamIds: teams.get(teammate.id) ?? [] }));
}

export async function getTeammate(db: Db, workspaceId: string, id: number): Promise<TeammateWithTeams> {
  const teammate = await db
    .selectFrom('teammates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!teammate) throw notFound('admin_not_found', 'Admin not found');
  const teams = await teamIdsByTeammate(db, workspaceId, [id]);
  return { teammate, teamIds: teams.get(id) ?? [] };
}

async function countOtherActiveAdmins(db: Db, workspaceId: string, excludeId: number): Promise<number> {
  const row = await db
    .selectFrom('teammates')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .where('id', '!=', excludeId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Applies profile, role and active changes. A workspace always keeps one active admin. */
export async function updateTeammate(
  db: Db,
  workspaceId: string,
  id: number,
  changes: UpdateAdminRequest,
): Promise<TeammateWithTeams> {
  await withTransaction(db, async (trx) => {
    const { teammate } = await getTeammate(trx, workspaceId, id);
    const losesAdmin =
      teammate.role === 'admin' &&
      teammate.deactivated_at === null &&
      ((changes.role !== undefined && changes.role !== 'admin') || changes.active === false);
    if (losesAdmin && (await countOtherActiveAdmins(trx, workspaceId, id)) === 0) {
      throw new AppError('last_admin', 'The workspace needs at least one active admin');
    }
    await trx
      .updateTable('teammates')
      .set({
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.job_title !== undefined && { job_title: changes.job_title }),
        ...(changes.language !== undefined && { language: changes.language }),
        ...(changes.timezone !== undefined && { timezone: changes.timezone }),
        ...(changes.role !== undefined && { role: changes.role }),
        ...(changes.languages !== undefined && { languages: changes.languages }),
        ...(changes.active !== undefined && {
          deactivated_at: changes.active ? null : (teammate.deactivated_at ?? new Date()),
        }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    if (changes.active === false) {
      await trx.deleteFrom('sessions').where('workspace_id', '=', workspaceId).where('teammate_id', '=', id).execute();
    }
  });
  return getTeammate(db, workspaceId, id);
}

/** Sets away mode and tells the workspace's teammates (event `admin.away_mode_updated`: the inbox's away dot). */
export async function setAway(
  services: { db: Db; eventBus: EventBus },
  workspaceId: string,
  id: number,
  away: { enabled: boolean; reassign: boolean },
): Promise<TeammateWithTeams> {
  return transact(services, workspaceId, async (trx, emit) => {
    const updated = await trx
      .updateTable('teammates')
      .set({ status: away.enabled ? 'away' : 'active', away_reassign: away.reassign, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw notFound('admin_not_found', 'Admin not found');
    const teammate = await getTeammate(trx, workspaceId, id);
    emit({ topic: 'admin.away_mode_updated', audience: 'agents', data: presentAdmin(teammate) });
    return teammate;
  });
}

export async function setPassword(db: Db, workspaceId: string, id: number, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await withTransaction(db, async (trx) => {
    await trx
      .updateTable('teammates')
      .set({ password_hash: passwordHash, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('sessions').where('workspace_id', '=', workspaceId).where('teammate_id', '=', id).execute();
  });
}

export async function findTeammateByEmail(
  db: Db,
  workspaceId: string,
  email: string,
): Promise<TeammateRow | undefined> {
  return db
    .selectFrom('teammates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}
