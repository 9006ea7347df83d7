import { sql } from 'kysely';
import type { AssignmentDecision, AssignmentTrigger, SkipReason } from '../../../protocol/assignment.ts';
import type { Db, TeamRow } from '../../db/index.ts';
import type { Emit } from '../../events/transact.ts';
import { writeContext } from '../conversations/context.ts';
import { appendPart, type NewPart } from '../conversations/parts.ts';
import type { ConversationRow, PartRow } from '../conversations/rows.ts';
import { type AssignmentCandidate, chooseAssignee } from './choose.ts';
import { availabilityReason } from './eligibility.ts';
import { type AssignmentSettingsRow, getAssignmentSettings, ruleFor } from './settings.ts';

export interface Assigned {
  row: ConversationRow;
  part?: PartRow;
  /** The decision made (also kept on the part); undefined when there was no team to assign in. */
  decision?: AssignmentDecision;
}

interface CandidateRow {
  id: number;
  name: string;
  status: 'active' | 'away';
  last_seen_at: Date | null;
  languages: ('en' | 'es')[];
  open_count?: number | string;
}

/**
 * Locks the team row: the round-robin cursor moves under this lock, so assignments in a team go one by one.
 * FOR NO KEY UPDATE, not FOR UPDATE: it must not conflict with the key-share lock a foreign key check takes
 * when a conversation is put in the team earlier in the same (or another) transaction.
 */
export async function lockTeam(trx: Db, workspaceId: string, teamId: number): Promise<TeamRow | undefined> {
  return trx
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teamId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

function toCandidate(row: CandidateRow, team: TeamRow): AssignmentCandidate {
  return {
    teammateId: Number(row.id),
    name: row.name,
    status: row.status,
    lastSeenAt: row.last_seen_at,
    openCount: Number(row.open_count ?? 0),
    capacity: team.assignment_limit,
    languages: row.languages,
    isMember: true,
  };
}

/**
 * Round robin and manual: the team row locked and its members who still have a seat, share-locked, in one
 * statement (one round trip under the lock). The share lock makes an Away switch wait for the assignments
 * that read its teammate as active, and any assignment after the switch commits reads it as away. Their
 * open conversations are not counted: these methods do not look at them.
 */
async function lockTeamWithMembers(trx: Db, workspaceId: string, teamId: number) {
  const { rows } = await sql<TeamRow & { member: CandidateRow | null }>`
    SELECT tm.*, json_build_object('id', t.id, 'name', t.name, 'status', t.status,
      'last_seen_at', t.last_seen_at, 'languages', t.languages) AS member
    FROM teams tm
    JOIN team_members m ON m.workspace_id = tm.workspace_id AND m.team_id = tm.id
    JOIN teammates t ON t.workspace_id = m.workspace_id AND t.id = m.teammate_id AND t.deactivated_at IS NULL
    WHERE tm.workspace_id = ${workspaceId} AND tm.id = ${teamId}
    ORDER BY t.id
    FOR NO KEY UPDATE OF tm FOR SHARE OF t`.execute(trx);
  const first = rows[0];
  if (!first) {
    const team = await lockTeam(trx, workspaceId, teamId);
    return team && { team, candidates: [] };
  }
  const { member: _member, ...team } = first;
  const candidates = rows.map(({ member }) => {
    const line = member as CandidateRow;
    return toCandidate({ ...line, last_seen_at: line.last_seen_at ? new Date(line.last_seen_at) : null }, team);
  });
  return { team: team as TeamRow, candidates };
}

/**
 * Balanced: the team row locked first, then its members (for update, so two teams sharing a member cannot
 * both fill that member's last slot), then their open conversations counted in a statement of its own: its
 * snapshot is taken after the locks were granted, so the counts include every assignment committed before.
 */
async function lockBalancedTeam(trx: Db, workspaceId: string, teamId: number) {
  const team = await lockTeam(trx, workspaceId, teamId);
  if (!team) return undefined;
  await sql`
    SELECT t.id FROM team_members m
    JOIN teammates t ON t.workspace_id = m.workspace_id AND t.id = m.teammate_id
    WHERE m.workspace_id = ${workspaceId} AND m.team_id = ${teamId} AND t.deactivated_at IS NULL
    ORDER BY t.id
    FOR NO KEY UPDATE OF t`.execute(trx);
  const { rows } = await sql<CandidateRow>`
    SELECT t.id, t.name, t.status, t.last_seen_at, t.languages,
      (SELECT count(*) FROM conversations c
        WHERE c.workspace_id = t.workspace_id AND c.state = 'open' AND c.admin_assignee_id = t.id) AS open_count
    FROM team_members m
    JOIN teammates t ON t.workspace_id = m.workspace_id AND t.id = m.teammate_id
    WHERE m.workspace_id = ${workspaceId} AND m.team_id = ${teamId} AND t.deactivated_at IS NULL
    ORDER BY t.id`.execute(trx);
  return { team, candidates: rows.map((row) => toCandidate(row, team)) };
}

/** The team, locked, and its candidates; the method (read before, without a lock) picks how. */
async function lockTeamForAssignment(trx: Db, workspaceId: string, teamId: number) {
  const method = await trx
    .selectFrom('teams')
    .select('distribution_method')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!method) return undefined;
  if (method.distribution_method === 'balanced') return lockBalancedTeam(trx, workspaceId, teamId);
  const locked = await lockTeamWithMembers(trx, workspaceId, teamId);
  // Made balanced between the read and the lock: load it as balanced (the team lock is already ours).
  if (locked?.team.distribution_method === 'balanced') return lockBalancedTeam(trx, workspaceId, teamId);
  return locked;
}

export interface AutoAssignOptions {
  trigger: AssignmentTrigger;
  settings?: AssignmentSettingsRow;
  /** The teammate who held it before (a reopen they cannot take): named in the decision. */
  previous?: AssignmentDecision['previous'];
  /** Write nothing when nobody takes it and it already waits in this team's queue (a queue pass). */
  quietWhenQueued?: boolean;
  now?: Date;
}

/**
 * Assigns a locked conversation inside the caller's transaction: its team (or the workspace's default team)
 * chooses by its method under the team row's lock, the cursor moves in the same transaction, and an
 * assignment part keeps the decision. With nobody available it waits in the team's queue (queued_at), with
 * the decision written. Without any team it stays unassigned.
 */
export async function autoAssign(trx: Db, emit: Emit, row: ConversationRow, options: AutoAssignOptions) {
  const settings = options.settings ?? (await getAssignmentSettings(trx, row.workspace_id));
  const teamId = row.team_assignee_id ?? settings.defaultTeamId;
  const locked = teamId === null ? undefined : await lockTeamForAssignment(trx, row.workspace_id, teamId);
  if (!locked) return options.previous ? unassignWithoutTeam(trx, emit, row, options) : ({ row } satisfies Assigned);
  const { team, candidates } = locked;
  const now = options.now ?? new Date();
  const choice = chooseAssignee(
    candidates,
    ruleFor(settings, team.distribution_method, now),
    { lastTeammateId: team.rotation_last_teammate_id },
    { language: row.language },
  );
  const decision: AssignmentDecision = {
    ...choice.decision,
    team: { id: team.id, name: team.name },
    trigger: options.trigger,
    ...(options.previous ? { previous: options.previous } : {}),
  };
  const assignee = choice.assignee;
  if (assignee === null && options.quietWhenQueued && row.queued_at !== null && row.team_assignee_id === team.id) {
    return { row, decision } satisfies Assigned;
  }
  const cursorMoves = choice.cursor.lastTeammateId !== team.rotation_last_teammate_id;
  return writeDecision(trx, emit, row, decision, {
    assignedTo: assignee === null ? { type: 'team', id: team.id } : { type: 'admin', id: assignee },
    changes: {
      team_assignee_id: team.id,
      admin_assignee_id: assignee,
      queued_at: assignee === null ? (row.team_assignee_id === team.id ? (row.queued_at ?? now) : now) : null,
      ...(row.bot_phase === 'bot' ? { bot_phase: 'handed_off' as const } : {}),
    },
    // The team's position moves in the same statement as the assignment (one round trip under the lock).
    ...(cursorMoves ? { rotation: { teamId: team.id, lastTeammateId: choice.cursor.lastTeammateId as number } } : {}),
  });
}

/** The bot's internal assignment part keeping the decision, with what it changes on the conversation. */
async function writeDecision(
  trx: Db,
  emit: Emit,
  row: ConversationRow,
  decision: AssignmentDecision,
  part: Required<Pick<NewPart, 'assignedTo' | 'changes'>> & Pick<NewPart, 'rotation'>,
): Promise<Assigned> {
  const appended = await appendPart(
    trx,
    emit,
    row,
    {
      ...part,
      partType: 'assignment',
      authorType: 'bot',
      authorId: null,
      isPublic: false,
      metadata: { assignment: decision },
      changes: { ...part.changes, count_assignments: row.count_assignments + 1 },
    },
    writeContext(undefined),
  );
  return { row: appended.conversation, part: appended.part, decision };
}

/** No team to hand it to: the teammate who cannot keep it lets it go to Unassigned, saying why. */
async function unassignWithoutTeam(trx: Db, emit: Emit, row: ConversationRow, options: AutoAssignOptions) {
  const decision: AssignmentDecision = {
    rule: 'manual',
    candidates: [],
    chosen: null,
    because: 'nobody_available',
    language: { conversation: row.language, routed: false, fell_back: false },
    trigger: options.trigger,
    ...(options.previous ? { previous: options.previous } : {}),
  };
  return writeDecision(trx, emit, row, decision, {
    assignedTo: { type: 'nobody', id: null },
    changes: { admin_assignee_id: null, queued_at: null },
  });
}

/** Why a teammate cannot keep a conversation the customer reopened; null when they can. */
async function reasonToLeave(
  trx: Db,
  row: ConversationRow,
  teammateId: number,
  settings: AssignmentSettingsRow,
): Promise<{ name: string; reason: SkipReason } | null> {
  const teammate = await trx
    .selectFrom('teammates')
    .select(['id', 'name', 'status', 'last_seen_at', 'languages', 'deactivated_at'])
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', teammateId)
    .executeTakeFirst();
  if (!teammate) return null;
  if (teammate.deactivated_at !== null) return { name: teammate.name, reason: 'not_in_team' };
  const reason = availabilityReason(
    {
      teammateId,
      name: teammate.name,
      status: teammate.status,
      lastSeenAt: teammate.last_seen_at,
      openCount: 0,
      capacity: null,
      languages: teammate.languages,
      isMember: true,
    },
    ruleFor(settings, 'round_robin', new Date()),
  );
  return reason === null ? null : { name: teammate.name, reason };
}

/**
 * The customer (or a teammate, or the snooze's end) reopened a closed or snoozed conversation, the bot being
 * done with it: its teammate keeps it only while still available (active,
 * and online where the workspace asks for it); otherwise it goes back to its team, which assigns it again
 * or queues it, naming who had it and why they did not keep it.
 */
export async function reassessOnReopen(trx: Db, emit: Emit, row: ConversationRow): Promise<Assigned> {
  if (row.bot_phase === 'bot' || row.state !== 'open') return { row };
  const settings = await getAssignmentSettings(trx, row.workspace_id);
  if (row.admin_assignee_id === null) return autoAssign(trx, emit, row, { trigger: 'reopen', settings });
  const leaving = await reasonToLeave(trx, row, row.admin_assignee_id, settings);
  if (leaving === null) return { row };
  return autoAssign(trx, emit, row, {
    trigger: 'reopen',
    settings,
    previous: { teammate_id: row.admin_assignee_id, ...leaving },
  });
}

/**
 * A conversation a customer just started: assigned now when no workflow took it and either it came from the
 * messenger (its hand-off is immediate) or the workspace assigns at the start.
 */
export async function assignAtStart(trx: Db, emit: Emit, row: ConversationRow): Promise<Assigned> {
  if (row.bot_phase !== null || row.admin_assignee_id !== null) return { row };
  const settings = await getAssignmentSettings(trx, row.workspace_id);
  if (row.channel !== 'messenger' && settings.trigger !== 'start') return { row };
  return autoAssign(trx, emit, row, { trigger: 'start', settings });
}
