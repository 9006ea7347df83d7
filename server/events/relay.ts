import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import type { StoredEvent } from './outbox.ts';

/** Any constant: one relay numbers events at a time, across every app process. */
const RELAY_LOCK_KEY = 726_352_002;
const BATCH = 1000;

/**
 * Numbers committed, not yet numbered events: per workspace, in the order they were written, continuing
 * from `event_counters`. Runs under an advisory lock, so ids are contiguous and never reused, and returns
 * the numbered events in id order for publishing. One round trip: the database function
 * `number_pending_events` (migration 20261206010000) takes the lock and numbers, in its own transaction.
 */
export async function numberPendingEvents(db: Db): Promise<StoredEvent[]> {
  const { rows } = await sql<StoredEvent>`SELECT * FROM number_pending_events(${RELAY_LOCK_KEY}, ${BATCH})`.execute(db);
  return rows.sort((a, b) => a.seq - b.seq);
}
