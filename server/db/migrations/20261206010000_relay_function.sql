-- The relay numbers committed events in one round trip instead of four (BEGIN, the lock, the numbering,
-- COMMIT): called on its own, the function's statement is its own transaction, so the advisory lock is held
-- until the numbered rows commit. Each statement of a volatile PL/pgSQL function takes a new snapshot, so the
-- numbering sees every row numbered by whoever held the lock before (see server/events/relay.ts).
--
-- The pending rows are found through the partial index events_pending_idx, whose entries outlive the numbering
-- (an UPDATE leaves the old row version's entry until VACUUM). A plain index scan marks such entries dead as it
-- passes them, so the next run skips them; a bitmap scan (which the planner picks for the few rows pending) never
-- does and revisits every numbered row's heap page on each run, so the function turns bitmap scans off.
CREATE FUNCTION number_pending_events(lock_key bigint, batch integer) RETURNS SETOF events
LANGUAGE plpgsql VOLATILE SET enable_bitmapscan = off AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key);
  RETURN QUERY
    WITH pending AS (
      SELECT workspace_id, seq, row_number() OVER (PARTITION BY workspace_id ORDER BY seq) AS rn
      FROM events WHERE id IS NULL ORDER BY seq LIMIT batch
    ),
    totals AS (SELECT workspace_id, count(*) AS n FROM pending GROUP BY workspace_id),
    bumped AS (
      INSERT INTO event_counters AS c (workspace_id, last_event_id)
      SELECT workspace_id, n FROM totals
      ON CONFLICT (workspace_id) DO UPDATE SET last_event_id = c.last_event_id + excluded.last_event_id
      RETURNING c.workspace_id, c.last_event_id
    )
    UPDATE events AS e
    SET id = b.last_event_id - t.n + p.rn
    FROM pending p
    JOIN totals t ON t.workspace_id = p.workspace_id
    JOIN bumped b ON b.workspace_id = p.workspace_id
    WHERE e.workspace_id = p.workspace_id AND e.seq = p.seq
    RETURNING e.*;
END
$$;

-- Numbered rows leave dead versions behind at the rate messages arrive: vacuum the table after every few
-- thousand rather than after a fifth of it (PostgreSQL's default), so the pending index stays small.
ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000);
