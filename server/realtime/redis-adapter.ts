import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';

export interface RedisFanOut {
  adapter: ReturnType<typeof createAdapter>;
  /** Both connections are up: what this node publishes reaches the others, and theirs reach it. */
  healthy(): boolean;
  close(): Promise<void>;
}

export interface RedisFanOutOptions {
  onError: (error: Error) => void;
  /**
   * Called when both connections are up again after either was lost: messages published meanwhile (by this
   * node or to it) are gone, so the caller has its clients catch up from the database.
   */
  onRecovered: () => void;
}

/**
 * The Socket.IO Redis adapter: what one app node emits reaches sockets on every node. `key` prefixes its
 * channels, so several installations (or test runs) can share one Redis.
 *
 * Redis may go away. The publisher then refuses commands at once (no offline queue, which would grow without
 * bound and replay stale pushes late) and a publish that fails is only logged: the adapter does not await its
 * publishes, and a rejected one must not become an unhandled rejection that ends the process. Nothing
 * that matters is lost, because events live in the database; `onRecovered` says when to resynchronise.
 */
export function createRedisFanOut(url: string, key: string, options: RedisFanOutOptions): RedisFanOut {
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // The subscriber keeps its offline queue: the adapter subscribes before the first connection is made.
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  const publish = publisher.publish.bind(publisher);
  publisher.publish = ((...args: Parameters<typeof publish>) => {
    const result = publish(...args);
    result.catch((error: Error) => options.onError(error));
    return result;
  }) as typeof publisher.publish;

  let wasUp = false;
  let lost = false;
  const healthy = () => publisher.status === 'ready' && subscriber.status === 'ready';
  const onReady = () => {
    if (!healthy()) return;
    if (wasUp && lost) {
      lost = false;
      // ioredis announces `ready` before it re-subscribes; a ping queued behind the re-subscription answers
      // once this node hears the others again.
      setImmediate(() => subscriber.ping().then(() => options.onRecovered(), options.onError));
    }
    wasUp = true;
  };
  const onDown = () => {
    if (wasUp) lost = true;
  };
  for (const client of [publisher, subscriber]) {
    client.on('error', options.onError);
    client.on('ready', onReady);
    client.on('close', onDown);
  }
  return {
    adapter: createAdapter(publisher, subscriber, { key }),
    healthy,
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The realtime gateway's Redis link, when `REDIS_URL` is set (`/readyz` reports it). */
    redisFanOut: RedisFanOut | undefined;
  }
}
