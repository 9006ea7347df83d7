import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../../server/db/index.ts';
import { createTeammate } from '../../server/domain/teammates/service.ts';
import { createWorkspace } from '../../server/domain/workspaces/service.ts';
import { runShared } from './handoffs.ts';

export interface RawTarget {
  workspaceId: string;
  teamId: number;
  agentIds: number[];
  conversationIds: number[];
}

/**
 * A workspace of its own for the baseline (its open conversations must not count in Charla's teams): three
 * agents, a team, and `count` open conversations written set-based.
 */
export async function seedRawTarget(db: Db, count: number): Promise<RawTarget> {
  const workspace = await createWorkspace(db, { name: 'Raw baseline' });
  const agentIds = [];
  for (const name of ['Raw A', 'Raw B', 'Raw C']) {
    const agent = await createTeammate(db, {
      workspaceId: workspace.id,
      email: `${name.replace(' ', '.').toLowerCase()}@example.com`,
      name,
      role: 'agent',
      password: 'bench-password',
    });
    agentIds.push(agent.id);
  }
  const team = await db
    .insertInto('teams')
    .values({ workspace_id: workspace.id, name: 'Raw' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const contact = await db
    .insertInto('contacts')
    .values({ workspace_id: workspace.id, role: 'lead', name: 'Raw visitor', custom_attributes: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { rows } = await sql<{ id: number }>`
    INSERT INTO conversations (workspace_id, contact_id, source_delivered_as, source_author_type, source_author_id)
    SELECT ${workspace.id}, ${contact.id}, 'customer_initiated', 'lead', ${String(contact.id)}
    FROM generate_series(1, ${count})
    RETURNING id`.execute(db);
  return { workspaceId: workspace.id, teamId: team.id, agentIds, conversationIds: rows.map((row) => Number(row.id)) };
}

/**
 * The same serialisation point without Charla: `clients` node-postgres connections, each assigning
 * conversations in turn with BEGIN; SELECT the team row FOR UPDATE; UPDATE its cursor; UPDATE the
 * conversation; COMMIT. The first `warmup` conversations are not timed. Returns the timed run and how many
 * each agent got.
 */
export async function measureRawAssign(databaseUrl: string, target: RawTarget, clients: number, warmup: number) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: clients });
  const counts = new Map<number, number>();
  const assign = async (conversationId: number) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ rotation_last_teammate_id: string | null }>(
        'SELECT * FROM teams WHERE workspace_id = $1 AND id = $2 FOR UPDATE',
        [target.workspaceId, target.teamId],
      );
      const last = Number(rows[0]?.rotation_last_teammate_id ?? 0);
      const next = target.agentIds.find((id) => id > last) ?? (target.agentIds[0] as number);
      await client.query('UPDATE teams SET rotation_last_teammate_id = $3 WHERE workspace_id = $1 AND id = $2', [
        target.workspaceId,
        target.teamId,
        next,
      ]);
      await client.query(
        `UPDATE conversations SET admin_assignee_id = $3, team_assignee_id = $4,
           count_assignments = count_assignments + 1, updated_at = now()
         WHERE workspace_id = $1 AND id = $2`,
        [target.workspaceId, conversationId, next, target.teamId],
      );
      await client.query('COMMIT');
      counts.set(next, (counts.get(next) ?? 0) + 1);
    } finally {
      client.release();
    }
  };
  try {
    await runShared(target.conversationIds.slice(0, warmup), clients, assign);
    const measured = target.conversationIds.slice(warmup);
    return { ...(await runShared(measured, clients, assign)), count: measured.length, counts };
  } finally {
    await pool.end();
  }
}
