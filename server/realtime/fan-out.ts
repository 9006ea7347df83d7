import type { StreamEvent } from '../../protocol/events.ts';
import { type RoutedEvent, type Viewer, viewEvent } from '../domain/events/visibility.ts';
import { presentEventForVisitor } from '../domain/messenger/presenter.ts';
import { rooms } from './rooms.ts';
import type { AgentNamespace, VisitorNamespace } from './types.ts';

/** Collects the live events a socket should get while its replay is being read, so none falls in between. */
export interface Hold {
  /** Stops collecting; returns what was collected, in id order. */
  release(): StreamEvent[];
}

export interface FanOut {
  /** Pushes committed events to this node's sockets. Every node runs it for every event. */
  deliver(batch: RoutedEvent[]): void;
  hold(viewer: Viewer): Hold;
}

export function createFanOut(agents: AgentNamespace, visitors: VisitorNamespace): FanOut {
  const holds = new Set<{ viewer: Viewer; collected: StreamEvent[] }>();

  function emitToRooms({ workspaceId, audience, teammateId, contactId, event }: RoutedEvent): void {
    const everyAgent = rooms.agents(workspaceId);
    if (audience === 'teammate') {
      const own = teammateId === null ? undefined : rooms.teammate(workspaceId, teammateId);
      if (own) agents.local.to(own).emit('event', event);
      agents.local
        .to(everyAgent)
        .except(own ?? [])
        .emit('event', { type: 'event.skipped', id: event.id });
      return;
    }
    agents.local.to(everyAgent).emit('event', event);
    if (audience !== 'public') return;
    // The contact's messengers and the signed pages open on this ticket; a socket in both gets it once.
    const visitorRooms = [
      ...(contactId === null ? [] : [rooms.contact(workspaceId, contactId)]),
      ...(event.conversation_id === null ? [] : [rooms.ticket(workspaceId, event.conversation_id)]),
    ];
    const presented = visitorRooms.length > 0 ? presentEventForVisitor(event) : undefined;
    if (presented) visitors.local.to(visitorRooms).emit('event', presented);
  }

  return {
    deliver(batch) {
      for (const routed of batch) {
        emitToRooms(routed);
        for (const hold of holds) {
          const visible = viewEvent(hold.viewer, routed);
          if (visible) hold.collected.push(visible);
        }
      }
    },
    hold(viewer) {
      const hold = { viewer, collected: [] as StreamEvent[] };
      holds.add(hold);
      return {
        release() {
          holds.delete(hold);
          return hold.collected.sort((a, b) => a.id - b.id);
        },
      };
    },
  };
}
