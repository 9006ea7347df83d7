import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { AGENTS_NAMESPACE } from '../../protocol/realtime.ts';
import type { Config } from '../config.ts';
import type { Revocation } from './revocation.ts';
import type { AgentNamespace } from './types.ts';

/** One attempt, no retries: a command-line tool must finish even when Redis is away. */
const ONE_SHOT = { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 0, retryStrategy: () => null };

/**
 * For a process that runs no realtime gateway (the CLI resetting a password): hands a revocation to every app
 * node through the Socket.IO Redis adapter, exactly as a node's own `revoke` does. Resolves whether it was
 * handed over; without `REDIS_URL`, or when Redis cannot be reached, the nodes' periodic credential check
 * ends those sockets instead (see credential-check.ts).
 */
export async function broadcastRevocation(
  config: Pick<Config, 'redisUrl' | 'redisKeyPrefix'>,
  revocation: Revocation,
): Promise<boolean> {
  if (!config.redisUrl) return false;
  const publisher = new Redis(config.redisUrl, ONE_SHOT);
  const subscriber = publisher.duplicate();
  const ignore = () => {};
  publisher.on('error', ignore);
  subscriber.on('error', ignore);
  try {
    // Both connected first, so the adapter's own subscribe and publish calls cannot fail unseen.
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const io = new Server();
    io.adapter(createAdapter(publisher, subscriber, { key: config.redisKeyPrefix }));
    const agents: AgentNamespace = io.of(AGENTS_NAMESPACE);
    agents.serverSideEmit('revoke', revocation);
    // Redis answers in order: once the ping is answered, the publish before it went out.
    await Promise.all([publisher.ping(), subscriber.ping()]);
    return true;
  } catch {
    return false;
  } finally {
    publisher.disconnect();
    subscriber.disconnect();
  }
}
