import { Server } from 'socket.io';
import { describe, expect, it } from 'vitest';
import type { CharlaEvent, EventList } from '../../protocol/events.ts';
import type { RoutedEvent, Viewer } from '../domain/events/visibility.ts';
import { createFanOut } from './fan-out.ts';
import { startStream } from './stream.ts';
import type { AgentNamespace, VisitorNamespace } from './types.ts';

const agent: Viewer = { kind: 'agent', workspaceId: 'ws1', teammateId: 1 };

function routed(id: number, changes: Partial<RoutedEvent> = {}): RoutedEvent {
  const event: CharlaEvent = {
    type: 'event',
    id,
    topic: 'conversation.updated',
    conversation_id: null,
    contact_id: null,
    created_at: 0,
    data: {},
  };
  return { workspaceId: 'ws1', audience: 'agents', teammateId: null, contactId: null, event, ...changes };
}

/** A socket that logs what it is sent and when it joins its rooms, in one sequence. */
function fakeSocket() {
  const log: unknown[] = [];
  return {
    log,
    connected: true,
    emit: (name: string, payload: { id?: number; type: string; last_id?: number }) => {
      log.push(name === 'ready' ? `ready ${payload.last_id}` : `${payload.type} ${payload.id}`);
      return true;
    },
    join: (rooms: string | string[]) => {
      log.push(`join ${String(rooms)}`);
    },
  };
}

function setup() {
  const io = new Server();
  const fanOut = createFanOut(io.of('/agents') as AgentNamespace, io.of('/visitors') as VisitorNamespace);
  return { fanOut };
}

describe('starting a stream', () => {
  it('sends the replay, then what committed during it (once each, in order), and only then joins the rooms', async () => {
    const { fanOut } = setup();
    const socket = fakeSocket();
    const events = {
      lastEventId: async () => 0,
      listEvents: async (_viewer: Viewer, after: number): Promise<EventList> => {
        expect(after).toBe(10);
        // Commits landing while the replay is read: 11 is also in the replay, 13 and 14 are not.
        fanOut.deliver([
          routed(11),
          routed(14, { audience: 'teammate', teammateId: 2 }),
          routed(13),
          routed(99, { workspaceId: 'ws2' }),
        ]);
        return { type: 'event.list', events: [routed(11).event, routed(12).event], last_id: 12, has_more: false };
      },
    };
    await startStream({ events, fanOut }, socket, agent, 10, ['room']);
    fanOut.deliver([routed(15)]);
    expect(socket.log).toEqual(['event 11', 'event 12', 'event 13', 'event.skipped 14', 'join room', 'ready 14']);
  });

  it('pages through a long replay', async () => {
    const { fanOut } = setup();
    const socket = fakeSocket();
    const pages = [
      { events: [routed(1).event], last_id: 1, has_more: true },
      { events: [routed(2).event], last_id: 2, has_more: false },
    ];
    const events = {
      lastEventId: async () => 0,
      listEvents: async (_viewer: Viewer, after: number) => ({
        type: 'event.list' as const,
        ...(pages[after] ?? { events: [], last_id: after, has_more: false }),
      }),
    };
    await startStream({ events, fanOut }, socket, agent, 0, ['room']);
    expect(socket.log).toEqual(['event 1', 'event 2', 'join room', 'ready 2']);
  });

  it('without `after`, starts at the latest id and sends only what commits after it', async () => {
    const { fanOut } = setup();
    const socket = fakeSocket();
    const events = {
      listEvents: async (): Promise<EventList> => {
        throw new Error('no replay without after');
      },
      lastEventId: async () => {
        fanOut.deliver([routed(7), routed(8)]);
        return 7;
      },
    };
    await startStream({ events, fanOut }, socket, agent, undefined, ['room']);
    expect(socket.log).toEqual(['event 8', 'join room', 'ready 8']);
  });

  it('never joins the rooms of a socket that disconnected during the replay', async () => {
    const { fanOut } = setup();
    const socket = fakeSocket();
    const events = {
      lastEventId: async () => 0,
      listEvents: async (): Promise<EventList> => {
        socket.connected = false;
        return { type: 'event.list', events: [], last_id: 0, has_more: false };
      },
    };
    await startStream({ events, fanOut }, socket, agent, 0, ['room']);
    expect(socket.log).toEqual([]);
  });

  it('holds for a visitor only its own contact’s public events', async () => {
    const { fanOut } = setup();
    const socket = fakeSocket();
    const visitor: Viewer = { kind: 'visitor', workspaceId: 'ws1', contactId: 5 };
    const events = {
      lastEventId: async () => 0,
      listEvents: async (): Promise<EventList> => {
        fanOut.deliver([
          routed(1, { audience: 'agents', contactId: 5 }),
          routed(2, { audience: 'teammate', teammateId: 1, contactId: 5 }),
          routed(3, { audience: 'public', contactId: 6 }),
          routed(4, { audience: 'public', contactId: 5 }),
        ]);
        return { type: 'event.list', events: [], last_id: 0, has_more: false };
      },
    };
    await startStream({ events, fanOut }, socket, visitor, 0, ['room']);
    expect(socket.log).toEqual(['event 4', 'join room', 'ready 4']);
  });
});
