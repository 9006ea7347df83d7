import { sql } from 'kysely';
import type { Db } from '../../server/db/index.ts';

/** Each view's predicate written by hand: the raw count a database does without any of our code. */
const PREDICATES = {
  you: (me: number) => sql`state = 'open' AND admin_assignee_id = ${me}`,
  mentions: (me: number, ws: string) =>
    sql`state = 'open' AND id IN (SELECT conversation_id FROM mentions WHERE workspace_id = ${ws} AND teammate_id = ${me})`,
  created_by_you: (me: number) => sql`state = 'open' AND created_by_teammate_id = ${me}`,
  all: () => sql`state = 'open'`,
  unassigned: () => sql`state = 'open' AND admin_assignee_id IS NULL`,
  chats: () => sql`state = 'open' AND bot_phase = 'handed_off'`,
};
export type BaselineView = keyof typeof PREDICATES;

export async function rawCount(db: Db, view: BaselineView, workspaceId: string, me: number): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM conversations
    WHERE workspace_id = ${workspaceId} AND ${PREDICATES[view](me, workspaceId)}`.execute(db);
  return Number(rows[0]?.n);
}
