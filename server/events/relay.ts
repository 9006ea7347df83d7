import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import type { StoredEvent } from './outbox.ts';

/** Any constant: one relay numbers events at a time, across every app process. */
const RELAY_LOCK_KEY = 726_352_002;
const BATCH = 1000;

/**
 * Numbers committed, not yet numbered events: per workspace, in the order they were written, continuing
 * from `event_counters`. Runs under an advisory lock, so ids are contiguous and never reused, and returns
 * the numbered events in id order for publishing.
 */
export async function numberPendingEvents(db: Db): Promise<StoredEvent[]> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${RELAY_LOCK_KEY})`.execute(trx);
    const { rows } = await sql<StoredEvent>`
      WITH pending AS (
        SELECT workspace_id, seq, row_number() OVER (PARTITION BY workspace_id ORDER BY seq) AS rn
        FROM events WHERE id IS NULL ORDER BY seq LIMIT ${BATCH}
      ),
      totals AS (SELECT workspace_id, count(*) AS n FROM pending GROUP BY workspace_id),
      bumped AS (
        INSERT INTO event_counters (workspace_id, last_event_id)
        SELECT workspace_id, n FROM totals
        ON CONFLICT (workspace_id) DO UPDATE SET last_event_id = event_counters.last_event_id + excluded.last_event_id
        RETURNING workspace_id, last_event_id
      )
      UPDATE events AS e
      SET id = b.last_event_id - t.n + p.rn
      FROM pending p
      JOIN totals t ON t.workspace_id = p.workspace_id
      JOIN bumped b ON b.workspace_id = p.workspace_id
      WHERE e.workspace_id = p.workspace_id AND e.seq = p.seq
      RETURNING e.*`.execute(trx);
    return rows.sort((a, b) => a.seq - b.seq);
  });
}
