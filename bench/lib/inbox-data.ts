import { sql } from 'kysely';
import type { Db } from '../../server/db/index.ts';

export interface InboxShape {
  teammates: number;
  contacts: number;
  conversations: number;
  partsPerConversation: number;
}

/** Teammates (1 admin, 2 managers, the rest agents), teams, tags and contacts. */
async function insertPeople(db: Db, ws: string, shape: InboxShape): Promise<void> {
  await sql`INSERT INTO teammates (workspace_id, email, name, role, password_hash)
    SELECT ${ws}, 'agent' || g || '@bench.test', 'Agent ' || g,
      CASE WHEN g = 1 THEN 'admin' WHEN g <= 3 THEN 'manager' ELSE 'agent' END, 'not-a-hash'
    FROM generate_series(1, ${shape.teammates}::int) g`.execute(db);
  await sql`INSERT INTO teams (workspace_id, name) VALUES (${ws}, 'Soporte'), (${ws}, 'Billing'), (${ws}, 'VIP')`.execute(
    db,
  );
  await sql`INSERT INTO tags (workspace_id, name) SELECT ${ws}, 'tag-' || g FROM generate_series(1, 20) g`.execute(db);
  await sql`INSERT INTO contacts (workspace_id, name, email)
    SELECT ${ws}, 'Cliente ' || g, 'c' || g || '@bench.test' FROM generate_series(1, ${shape.contacts}::int) g`.execute(
    db,
  );
}

/**
 * Conversations: ~60% closed, 25% open, 15% snoozed over a year; 2% started by a teammate; ~15% of open
 * ones unassigned (half of those still with the bot); most others handed off by the bot; 70% with a team.
 */
async function insertConversations(db: Db, ws: string, shape: InboxShape): Promise<void> {
  await sql`
    WITH ids AS (
      SELECT (SELECT array_agg(id ORDER BY id) FROM teammates WHERE workspace_id = ${ws}) AS tm,
             (SELECT array_agg(id ORDER BY id) FROM teams WHERE workspace_id = ${ws}) AS teams,
             (SELECT min(id) FROM contacts WHERE workspace_id = ${ws}) AS c0
    ), raw AS (
      SELECT g, random() AS r_state, random() AS r_assign, random() AS r_bot, random() AS r_misc,
             now() - random() * interval '365 days' AS created_at, ids.*
      FROM generate_series(1, ${shape.conversations}::int) g, ids
    ), shaped AS (
      SELECT raw.*,
        CASE WHEN r_state < 0.60 THEN 'closed' WHEN r_state < 0.85 THEN 'open' ELSE 'snoozed' END AS state,
        CASE WHEN r_misc < 0.02 THEN tm[1 + (g % array_length(tm, 1))] END AS creator,
        created_at + random() * interval '2 days' AS last_at
      FROM raw
    ), assigned AS (
      SELECT shaped.*,
        CASE WHEN creator IS NOT NULL THEN creator
             WHEN state = 'open' AND r_assign < 0.15 THEN NULL
             WHEN state <> 'open' AND r_assign < 0.03 THEN NULL
             ELSE tm[1 + floor(r_assign * 100000)::int % array_length(tm, 1)] END AS assignee
      FROM shaped
    )
    INSERT INTO conversations (workspace_id, contact_id, state, snoozed_until, priority, admin_assignee_id,
      team_assignee_id, source_delivered_as, source_author_type, source_author_id, source_body, created_by_teammate_id,
      bot_phase, custom_attributes, waiting_since, last_part_at, last_part_preview, last_part_author_type,
      last_customer_part_at, parts_count, created_at, updated_at)
    SELECT ${ws}, c0 + (g % ${shape.contacts}::int), state,
      CASE WHEN state = 'snoozed' THEN now() + interval '1 day' END, r_misc > 0.95, assignee,
      CASE WHEN r_bot < 0.7 THEN teams[1 + g % 3] END,
      CASE WHEN creator IS NULL THEN 'customer_initiated' ELSE 'admin_initiated' END,
      CASE WHEN creator IS NULL THEN 'user' ELSE 'admin' END,
      COALESCE(creator, c0 + (g % ${shape.contacts}::int))::text, 'Hola, necesito ayuda con mi pedido ' || g, creator,
      CASE WHEN creator IS NOT NULL THEN NULL
           WHEN assignee IS NULL AND state = 'open' AND r_bot < 0.5 THEN 'bot'
           WHEN r_bot < 0.9 THEN 'handed_off' END,
      jsonb_build_object('plan', (ARRAY['free', 'pro', 'enterprise'])[1 + g % 3],
                         'topic', (ARRAY['billing', 'shipping', 'returns', 'account', 'other'])[1 + g % 5]),
      CASE WHEN state <> 'closed' AND random() < 0.5 THEN last_at END,
      last_at, 'Último mensaje de la conversación ' || g, 'user', last_at,
      ${shape.partsPerConversation}::int, created_at, last_at
    FROM assigned`.execute(db);
}

/** Parts (every fifth a teammate's note), one mention in a note of every 20th conversation, and tags on ~40%. */
async function insertActivity(db: Db, ws: string, shape: InboxShape): Promise<void> {
  await sql`INSERT INTO conversation_parts (workspace_id, conversation_id, part_type, author_type, author_id, body,
      is_public, state, created_at)
    SELECT c.workspace_id, c.id, CASE WHEN k % 5 = 0 THEN 'note' ELSE 'comment' END,
      CASE WHEN k % 2 = 0 THEN 'admin' ELSE 'user' END,
      CASE WHEN k % 2 = 0 THEN coalesce(c.admin_assignee_id, 1)::text ELSE c.contact_id::text END,
      'Mensaje ' || k || ' de la conversación ' || c.id, k % 5 <> 0, c.state, c.created_at + k * interval '1 minute'
    FROM conversations c, generate_series(1, ${shape.partsPerConversation}::int) k
    WHERE c.workspace_id = ${ws}`.execute(db);
  await sql`INSERT INTO mentions (workspace_id, part_id, teammate_id, conversation_id)
    SELECT DISTINCT ON (p.conversation_id) p.workspace_id, p.id, tm.ids[1 + (p.conversation_id / 20) % array_length(tm.ids, 1)],
      p.conversation_id
    FROM conversation_parts p, (SELECT array_agg(id ORDER BY id) AS ids FROM teammates WHERE workspace_id = ${ws}) tm
    WHERE p.workspace_id = ${ws} AND p.part_type = 'note' AND p.conversation_id % 20 = 0
    ORDER BY p.conversation_id, p.id`.execute(db);
  await sql`INSERT INTO conversation_tags (workspace_id, conversation_id, tag_id)
    SELECT c.workspace_id, c.id, t.ids[1 + (c.id * k) % 20]
    FROM conversations c, generate_series(1, 2) k,
      (SELECT array_agg(id ORDER BY id) AS ids FROM tags WHERE workspace_id = ${ws}) t
    WHERE c.workspace_id = ${ws} AND (c.id * 7919 + k * 104729) % 100 < CASE k WHEN 1 THEN 35 ELSE 10 END
    ON CONFLICT DO NOTHING`.execute(db);
}

/**
 * Fills one workspace with a realistic inbox, set-based (INSERT … SELECT generate_series), on one
 * connection so the seeded random() gives the same data every run; then VACUUM ANALYZE, as autovacuum would.
 */
export async function generateInbox(db: Db, workspaceId: string, shape: InboxShape): Promise<void> {
  await db.connection().execute(async (connection) => {
    await sql`SELECT setseed(0.42)`.execute(connection);
    await insertPeople(connection, workspaceId, shape);
    await insertConversations(connection, workspaceId, shape);
    await insertActivity(connection, workspaceId, shape);
    await sql`VACUUM ANALYZE`.execute(connection);
    // Write the generated pages out now, not during the measurements.
    await sql`CHECKPOINT`.execute(connection);
  });
}
