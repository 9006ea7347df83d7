import type { EventList } from '../../../protocol/events.ts';
import type { Db } from '../../db/index.ts';
import type { StoredEvent } from '../../events/outbox.ts';
import { routeEvent, type Viewer, viewEvent } from './visibility.ts';

/** The viewer's events with id > `after`, in id order, at most `limit` of them. */
export async function listEvents(db: Db, viewer: Viewer, after: number, limit: number): Promise<EventList> {
  let query = db
    .selectFrom('events')
    .selectAll()
    .where('workspace_id', '=', viewer.workspaceId)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit + 1);
  if (viewer.kind === 'visitor') {
    query = query.where('audience', '=', 'public').where('contact_id', '=', viewer.contactId);
  }
  if (viewer.kind === 'ticket') {
    query = query.where('audience', '=', 'public').where('conversation_id', '=', viewer.ticketId);
  }
  // `id > after` leaves out rows the relay has not numbered yet.
  const rows = (await query.execute()) as StoredEvent[];
  const page = rows.slice(0, limit);
  const events = page.flatMap((row) => viewEvent(viewer, routeEvent(row)) ?? []);
  const lastRow = page.at(-1);
  return {
    type: 'event.list',
    events,
    // Past the last row read, shown or not (a visitor's stream leaves some out), so a replay always moves on.
    last_id: lastRow ? Number(lastRow.id) : after,
    has_more: rows.length > limit,
  };
}

/** The id of the workspace's latest committed event: where a client with nothing to resume starts. */
export async function lastEventId(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('event_counters')
    .select('last_event_id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(row?.last_event_id ?? 0);
}
