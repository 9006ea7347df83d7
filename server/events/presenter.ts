import type { CharlaEvent, EventTopic } from '../../protocol/events.ts';
import { unixSeconds } from '../lib/time.ts';
import type { StoredEvent } from './outbox.ts';

export function presentEvent(event: StoredEvent): CharlaEvent {
  return {
    type: 'event',
    id: Number(event.id),
    topic: event.type as EventTopic,
    conversation_id: event.conversation_id === null ? null : String(event.conversation_id),
    contact_id: event.contact_id === null ? null : String(event.contact_id),
    created_at: unixSeconds(event.created_at),
    data: event.payload,
  };
}
