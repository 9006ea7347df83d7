import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';

export interface RedisFanOut {
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

/**
 * The Socket.IO Redis adapter: what one app node emits reaches sockets on every node. `key` prefixes its
 * channels, so several installations (or test runs) can share one Redis.
 */
export function createRedisFanOut(url: string, key: string, onError: (error: Error) => void): RedisFanOut {
  const publisher = new Redis(url, { maxRetriesPerRequest: null });
  const subscriber = publisher.duplicate();
  publisher.on('error', onError);
  subscriber.on('error', onError);
  return {
    adapter: createAdapter(publisher, subscriber, { key }),
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
