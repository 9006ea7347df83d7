import type { Selectable } from 'kysely';
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
