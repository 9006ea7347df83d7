import type { Socket } from 'socket.io';
import type { EventList, StreamEvent } from '../../protocol/events.ts';
import type { Ready } from '../../protocol/realtime.ts';
import type { Viewer } from '../domain/events/visibility.ts';
import type { FanOut } from './fan-out.ts';

const REPLAY_PAGE = 1000;

/** Where replays are read from: `server/domain/events/service.ts` on the app's database. */
export interface EventSource {
  listEvents(viewer: Viewer, after: number, limit: number): Promise<EventList>;
  lastEventId(workspaceId: string): Promise<number>;
}

interface StreamSocket {
  connected: boolean;
  emit(event: 'event', payload: StreamEvent): boolean;
  emit(event: 'ready', payload: Ready): boolean;
  join: Socket['join'];
}

/**
 * Brings a new socket up to date, then live: while the replay of events after `after` is read, live events
 * for it are held; then the replay, the held events not already replayed, and only then the rooms. So the
 * client sees every event after `after` once, in id order, with no second call. `ready` gives its cursor.
 */
export async function startStream(
  context: { events: EventSource; fanOut: FanOut },
  socket: StreamSocket,
  viewer: Viewer,
  after: number | undefined,
  roomNames: string[],
): Promise<void> {
  const hold = context.fanOut.hold(viewer);
  let held: StreamEvent[] = [];
  let cursor = after ?? 0;
  try {
    if (after === undefined) {
      cursor = await context.events.lastEventId(viewer.workspaceId);
    } else {
      for (let hasMore = true; hasMore && socket.connected; ) {
        const page = await context.events.listEvents(viewer, cursor, REPLAY_PAGE);
        for (const event of page.events) socket.emit('event', event);
        cursor = page.last_id;
        hasMore = page.has_more;
      }
    }
  } finally {
    held = hold.release();
  }
  if (!socket.connected) return;
  for (const event of held) {
    if (event.id <= cursor) continue;
    socket.emit('event', event);
    cursor = event.id;
  }
  socket.join(roomNames);
  socket.emit('ready', { type: 'ready', last_id: cursor });
}
