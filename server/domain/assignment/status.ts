import { sql } from 'kysely';
import type { AssignmentStatus } from '../../../protocol/assignment.ts';
import type { Db } from '../../db/index.ts';
import { unixSecondsOrNull } from '../../lib/time.ts';
import { isSeenOnline } from './eligibility.ts';
import { getAssignmentSettings } from './settings.ts';

interface TeammateLine {
  id: number;
  name: string;
  status: 'active' | 'away';
  last_seen_at: Date | null;
  languages: ('en' | 'es')[];
  open_count: number | string;
  team_ids: (number | string)[] | null;
}

interface TeamLine {
  id: number;
  name: string;
  distribution_method: 'round_robin' | 'balanced' | 'manual';
  assignment_limit: number | null;
  admin_ids: (number | string)[] | null;
  queued: number | string;
  oldest_queued_at: Date | string | null;
}

/**
 * The team status page: each teammate with a seat (active or away, online or not by the workspace's window,
 * their open conversations), each team's queue (how many wait, since when), and what has no team at all.
 */
export async function getAssignmentStatus(db: Db, workspaceId: string, now = new Date()): Promise<AssignmentStatus> {
  const settings = await getAssignmentSettings(db, workspaceId);
  const window = { minutes: settings.onlineMinutes, graceMinutes: settings.graceMinutes };
  const [teammates, teams, unassigned] = await Promise.all([
    sql<TeammateLine>`
      SELECT t.id, t.name, t.status, t.last_seen_at, t.languages,
        (SELECT count(*) FROM conversations c
          WHERE c.workspace_id = t.workspace_id AND c.state = 'open' AND c.admin_assignee_id = t.id) AS open_count,
        (SELECT array_agg(m.team_id ORDER BY m.team_id) FROM team_members m
          WHERE m.workspace_id = t.workspace_id AND m.teammate_id = t.id) AS team_ids
      FROM teammates t
      WHERE t.workspace_id = ${workspaceId} AND t.deactivated_at IS NULL
      ORDER BY lower(t.name), t.id`.execute(db),
    sql<TeamLine>`
      SELECT tm.id, tm.name, tm.distribution_method, tm.assignment_limit,
        (SELECT array_agg(m.teammate_id ORDER BY m.teammate_id) FROM team_members m
          WHERE m.workspace_id = tm.workspace_id AND m.team_id = tm.id) AS admin_ids,
        (SELECT count(*) FROM conversations c
          WHERE c.workspace_id = tm.workspace_id AND c.team_assignee_id = tm.id AND c.queued_at IS NOT NULL) AS queued,
        (SELECT min(c.queued_at) FROM conversations c
          WHERE c.workspace_id = tm.workspace_id AND c.team_assignee_id = tm.id AND c.queued_at IS NOT NULL)
          AS oldest_queued_at
      FROM teams tm
      WHERE tm.workspace_id = ${workspaceId}
      ORDER BY lower(tm.name), tm.id`.execute(db),
    db
      .selectFrom('conversations')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('workspace_id', '=', workspaceId)
      .where('state', '=', 'open')
      .where('admin_assignee_id', 'is', null)
      .where('team_assignee_id', 'is', null)
      .where((eb) => eb.or([eb('bot_phase', 'is', null), eb('bot_phase', '!=', 'bot')]))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    type: 'assignment_status',
    teammates: teammates.rows.map((row) => ({
      id: String(row.id),
      name: row.name,
      status: row.status,
      online: isSeenOnline(row.last_seen_at, window, now),
      last_seen_at: unixSecondsOrNull(row.last_seen_at),
      open_count: Number(row.open_count),
      team_ids: (row.team_ids ?? []).map(Number),
      languages: row.languages,
    })),
    teams: teams.rows.map((row) => ({
      id: String(row.id),
      name: row.name,
      distribution_method: row.distribution_method,
      assignment_limit: row.assignment_limit,
      admin_ids: (row.admin_ids ?? []).map(Number),
      queued: Number(row.queued),
      oldest_queued_at: row.oldest_queued_at === null ? null : unixSecondsOrNull(new Date(row.oldest_queued_at)),
    })),
    unassigned: Number(unassigned.count),
  };
}
