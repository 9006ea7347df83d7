import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { transact } from '../../events/transact.ts';
import type { Services } from '../conversations/context.ts';
import { lockConversationRow } from '../conversations/queries.ts';
import { autoAssign } from './assign.ts';
import { getAssignmentSettings } from './settings.ts';

const BATCH = 200;

/**
 * Hands out a team's queue, oldest first, to whoever is available now. Each conversation goes in its own
 * transaction under the team's lock; conversations locked by someone else are skipped (the next pass takes
 * them). Stops when a pass finds nobody available at all. Safe to run from any number of processes at once.
 * Returns how many were assigned.
 */
export async function drainTeamQueue(services: Services, workspaceId: string, teamId: number): Promise<number> {
  const team = await services.db
    .selectFrom('teams')
    .select('distribution_method')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  // A manual team's queue waits for teammates to take from it.
  if (team === undefined || team.distribution_method === 'manual') return 0;
  const queued = await services.db
    .selectFrom('conversations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('team_assignee_id', '=', teamId)
    .where('queued_at', 'is not', null)
    .orderBy('queued_at')
    .orderBy('id')
    .limit(BATCH)
    .execute();
  if (queued.length === 0) return 0;
  const settings = await getAssignmentSettings(services.db, workspaceId);
  let assigned = 0;
  for (const { id } of queued) {
    const outcome = await transact(services, workspaceId, async (trx, emit) => {
      const row = await trx
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('team_assignee_id', '=', teamId)
        .where('queued_at', 'is not', null)
        .where('state', '=', 'open')
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return 'skipped' as const;
      const result = await autoAssign(trx, emit, row, { trigger: 'queue', settings, quietWhenQueued: true });
      if (result.row.admin_assignee_id !== null) return 'assigned' as const;
      const anyoneAvailable = result.decision?.candidates.some(
        (candidate) => candidate.eligible || candidate.reason === 'language',
      );
      return anyoneAvailable ? ('skipped' as const) : ('nobody' as const);
    });
    if (outcome === 'assigned') assigned++;
    if (outcome === 'nobody') break;
  }
  return assigned;
}

/** The teams a teammate belongs to that have a queue: after they become available, each is drained. */
export async function drainTeamsOf(services: Services, workspaceId: string, teammateId: number): Promise<number> {
  const teams = await services.db
    .selectFrom('team_members')
    .select('team_id')
    .where('workspace_id', '=', workspaceId)
    .where('teammate_id', '=', teammateId)
    .execute();
  let assigned = 0;
  for (const { team_id } of teams) assigned += await drainTeamQueue(services, workspaceId, team_id);
  return assigned;
}

/**
 * A teammate went Away asking for their conversations to be reassigned: each open one goes back to its team
 * (which assigns it to someone else or queues it), or to Unassigned when it has no team.
 */
export async function requeueConversationsOf(
  services: Services,
  workspaceId: string,
  teammateId: number,
): Promise<number> {
  const open = await services.db
    .selectFrom('conversations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('admin_assignee_id', '=', teammateId)
    .where('state', '=', 'open')
    .orderBy('id')
    .execute();
  let moved = 0;
  for (const { id } of open) {
    const done = await transact(services, workspaceId, async (trx, emit) => {
      const row = await lockConversationRow(trx, workspaceId, id);
      // Still theirs, still open, and they are still away asking for it (they may have come back meanwhile).
      const teammate = await trx
        .selectFrom('teammates')
        .select(['name', 'status', 'away_reassign'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', teammateId)
        .executeTakeFirst();
      if (row.admin_assignee_id !== teammateId || row.state !== 'open') return false;
      if (teammate?.status !== 'away' || !teammate.away_reassign) return false;
      const released = { ...row, admin_assignee_id: null };
      await autoAssign(trx, emit, released, {
        trigger: 'away',
        previous: { teammate_id: teammateId, name: teammate.name, reason: 'away' },
      });
      return true;
    });
    if (done) moved++;
  }
  return moved;
}

/**
 * The safety net every process runs: queues whose teams have somebody available again (a missed trigger,
 * someone coming online, a changed setting) are drained, and away teammates who asked for it lose their open
 * conversations. Returns how many conversations moved.
 */
export async function sweepAssignments(services: Services, workspaceId?: string): Promise<number> {
  const inWorkspace = workspaceId === undefined ? sql`` : sql`AND workspace_id = ${workspaceId}`;
  const { rows: queues } = await sql<{ workspace_id: string; team_assignee_id: number }>`
    SELECT DISTINCT workspace_id, team_assignee_id FROM conversations
    WHERE queued_at IS NOT NULL AND team_assignee_id IS NOT NULL ${inWorkspace}`.execute(services.db);
  let moved = 0;
  for (const queue of queues) moved += await drainTeamQueue(services, queue.workspace_id, queue.team_assignee_id);
  const { rows: away } = await sql<{ workspace_id: string; id: number }>`
    SELECT t.workspace_id, t.id FROM teammates t
    WHERE t.status = 'away' AND t.away_reassign ${workspaceId === undefined ? sql`` : sql`AND t.workspace_id = ${workspaceId}`}
    AND EXISTS (
      SELECT 1 FROM conversations c
      WHERE c.workspace_id = t.workspace_id AND c.admin_assignee_id = t.id AND c.state = 'open')`.execute(services.db);
  for (const teammate of away) moved += await requeueConversationsOf(services, teammate.workspace_id, teammate.id);
  return moved;
}

/**
 * Follow-up work after a commit (handing out a queue once someone is available). The request waits for it,
 * so the answer shows its effect; a failure is only logged, since the change itself is committed and the
 * sweep retries.
 */
export async function afterCommit(app: FastifyInstance, what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    app.log.error({ err: error }, `${what} failed`);
  }
}

/** Runs the sweep every `intervalMs` until the app closes. */
export function startAssignmentSweeper(app: FastifyInstance): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepAssignments(app)
      .catch((error) => app.log.error({ err: error }, 'assignment sweep failed'))
      .finally(() => {
        running = false;
      });
  }, app.config.assignmentSweepIntervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
