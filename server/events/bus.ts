import { EventEmitter } from 'node:events';
import type { StoredEvent } from './outbox.ts';

/**
 * Carries committed events to whoever pushes them (the realtime gateway). `flush()` is called after each
 * commit: it runs the relay (which numbers the events) and publishes what it numbered; it resolves once a
 * relay run that started after the call has finished, so the caller's events are out when it returns.
 * Concurrent flushes share runs. Without a relay (scripts), flush does nothing.
 */
export interface EventBus {
  flush(): Promise<void>;
  publish(events: StoredEvent[]): void;
  subscribe(listener: (events: StoredEvent[]) => void): () => void;
}

export type Relay = () => Promise<StoredEvent[]>;

const DRAIN_LIMIT = 1000;

export function createEventBus(relay?: Relay, onError: (error: unknown) => void = () => {}): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const publish = (events: StoredEvent[]) => {
    if (events.length > 0) emitter.emit('events', events);
  };
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  async function drain(): Promise<void> {
    if (!relay) return;
    try {
      for (let batch = await relay(); ; batch = await relay()) {
        publish(batch);
        if (batch.length < DRAIN_LIMIT) return;
      }
    } catch (error) {
      onError(error);
    }
  }

  function start(): Promise<void> {
    running = drain().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    flush: () => {
      if (!running) return start();
      // The run in progress may have begun before our commit: queue exactly one more after it.
      queued ??= running.then(() => {
        queued = undefined;
        return start();
      });
      return queued;
    },
    publish,
    subscribe: (listener) => {
      emitter.on('events', listener);
      return () => emitter.off('events', listener);
    },
  };
}
