import type { Selectable } from 'kysely';
import type { EventTopic } from '../../protocol/events.ts';
import type { Db } from '../db/index.ts';
import type { EventAudience, EventsTable } from '../db/schema.ts';

export type StoredEvent = Selectable<EventsTable>;

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
 * Writes events as the last statements of a transaction. Bumping the workspace's counter takes its row
 * lock until commit, so within a workspace ids are contiguous and commit in id order.
 */
export async function recordEvents(trx: Db, workspaceId: string, events: NewEvent[]): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  const { last_event_id: last } = await trx
    .updateTable('workspaces')
    .set((eb) => ({ last_event_id: eb('last_event_id', '+', events.length) }))
    .where('id', '=', workspaceId)
    .returning('last_event_id')
    .executeTakeFirstOrThrow();
  const first = Number(last) - events.length + 1;
  return trx
    .insertInto('events')
    .values(
      events.map((event, index) => ({
        workspace_id: workspaceId,
        id: first + index,
        type: event.topic,
        conversation_id: event.conversationId ?? null,
        contact_id: event.contactId ?? null,
        audience: event.audience,
        teammate_id: event.teammateId ?? null,
        payload: JSON.stringify(event.data),
      })),
    )
    .returningAll()
    .execute();
}
