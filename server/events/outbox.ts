import { type Selectable, sql } from 'kysely';
import type { EventTopic } from '../../protocol/events.ts';
import type { Db } from '../db/index.ts';
import type { EventAudience, EventsTable } from '../db/schema.ts';

/** An event the relay has numbered: `id` is its per-workspace event id. */
export type StoredEvent = Omit<Selectable<EventsTable>, 'id'> & { id: number };

export interface NewEvent {
  topic: EventTopic;
  audience: EventAudience;
  conversationId?: number | null;
  contactId?: number | null;
  /** For audience 'teammate': the only teammate who receives it. */
  teammateId?: number | null;
  data: Record<string, unknown>;
}

/**
 * Writes the events of a change inside its transaction. They get their per-workspace ids from the
 * relay once committed (server/events/relay.ts), so writers share no lock here.
 */
export async function recordEvents(trx: Db, workspaceId: string, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('events')
    .values(
      events.map((event) => ({
        workspace_id: workspaceId,
        type: event.topic,
        conversation_id: event.conversationId ?? null,
        contact_id: event.contactId ?? null,
        audience: event.audience,
        teammate_id: event.teammateId ?? null,
        payload: JSON.stringify(event.data),
      })),
    )
    .execute();
}

/** An idempotency key a sending transaction claims as its last write, with what the send created. */
export interface KeyClaim {
  actor: string;
  key: string;
  resource: { type: string; id: number };
}

/**
 * Writes the events of a change and claims its idempotency key in one statement, the last of the transaction.
 * Answers whether the key was free; when it was not (an earlier send, or a concurrent one whose commit the
 * insert waited for) no event is written and the caller rolls back.
 */
export async function recordEventsClaimingKey(
  trx: Db,
  workspaceId: string,
  events: NewEvent[],
  claim: KeyClaim,
): Promise<boolean> {
  const rows = events.map((event) => ({
    type: event.topic,
    conversation_id: event.conversationId ?? null,
    contact_id: event.contactId ?? null,
    audience: event.audience,
    teammate_id: event.teammateId ?? null,
    payload: event.data,
  }));
  const { rows: result } = await sql<{ recorded: boolean }>`
    WITH claimed AS (
      INSERT INTO idempotency_keys (workspace_id, actor, key, resource_type, resource_id)
      VALUES (${workspaceId}, ${claim.actor}, ${claim.key}, ${claim.resource.type}, ${claim.resource.id})
      ON CONFLICT (workspace_id, actor, key) DO NOTHING
      RETURNING 1
    ), written AS (
      INSERT INTO events (workspace_id, type, conversation_id, contact_id, audience, teammate_id, payload)
      SELECT ${workspaceId}, x.e->>'type', (x.e->>'conversation_id')::bigint, (x.e->>'contact_id')::bigint,
             x.e->>'audience', (x.e->>'teammate_id')::bigint, x.e->'payload'
      FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS x(e, n)
      WHERE EXISTS (SELECT 1 FROM claimed)
      ORDER BY x.n
    )
    SELECT EXISTS (SELECT 1 FROM claimed) AS recorded`.execute(trx);
  return result[0]?.recorded === true;
}
