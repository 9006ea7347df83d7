import { sql } from 'kysely';
import type { Db } from '../server/db/index.ts';

/** The name and last message of generated conversation `n`, as the list shows them. */
export const bulkContactName = (n: number) => `Cliente ${n}`;
export const bulkPreview = (n: number) => `Último mensaje de la conversación ${n}`;

/**
 * `count` open, unassigned customer conversations, each with its own contact, in two set-based statements;
 * conversation n's last message is n minutes old, so "newest" lists them 1, 2, 3…
 */
export async function insertBulkConversations(db: Db, workspaceId: string, count: number): Promise<void> {
  await sql`INSERT INTO contacts (workspace_id, name, email)
    SELECT ${workspaceId}, 'Cliente ' || g, 'c' || g || '@bulk.test' FROM generate_series(1, ${count}::int) g`.execute(
    db,
  );
  await sql`
    WITH numbered AS (
      SELECT id, row_number() OVER (ORDER BY id) AS n FROM contacts
      WHERE workspace_id = ${workspaceId} AND email LIKE '%@bulk.test'
    )
    INSERT INTO conversations (workspace_id, contact_id, state, source_delivered_as, source_author_type,
      source_author_id, source_body, waiting_since, last_part_at, last_part_preview, last_part_author_type,
      last_customer_part_at, created_at, updated_at)
    SELECT ${workspaceId}, id, 'open', 'customer_initiated', 'user', id::text, 'Hola ' || n,
      now() - n * interval '1 minute', now() - n * interval '1 minute', 'Último mensaje de la conversación ' || n,
      'user', now() - n * interval '1 minute', now() - n * interval '1 minute', now() - n * interval '1 minute'
    FROM numbered`.execute(db);
}
