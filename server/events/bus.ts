import { EventEmitter } from 'node:events';
import type { StoredEvent } from './outbox.ts';

/**
 * Hands committed events to whoever pushes them (the realtime gateway). In-process: each node publishes
 * what it committed; the Socket.IO Redis adapter carries it to clients connected to other nodes.
 */
export interface EventBus {
  publish(events: StoredEvent[]): void;
  subscribe(listener: (events: StoredEvent[]) => void): () => void;
}

export function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (events) => {
      if (events.length > 0) emitter.emit('events', events);
    },
    subscribe: (listener) => {
      emitter.on('events', listener);
      return () => emitter.off('events', listener);
    },
  };
}
