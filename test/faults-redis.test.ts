import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamEvent } from '../protocol/events.ts';
import { randomId } from '../server/lib/secrets.ts';
import { createTestDatabase, type TestDatabase, testDriver } from './database.ts';
import { bearer, buildTeamWorkspace } from './factories.ts';
import { insertContact, insertConversation, waitFor } from './realtime-client.ts';
import { type RunningServer, startServerProcess, stopServerProcess } from './server-process.ts';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** This test's own Redis (never the shared one): started, stopped and started again on one port. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const probe = new Redis(port, '127.0.0.1', {
    lazyConnect: true,
    retryStrategy: () => 50,
    maxRetriesPerRequest: null,
  });
  probe.on('error', () => undefined);
  try {
    await probe.ping();
  } finally {
    probe.disconnect();
  }
  return child;
}

function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** A client as docs/realtime.md asks: reconnects by itself, sends its last applied id, ignores ids it has. */
interface ResumingClient {
  socket: Socket;
  applied: Set<number>;
  firstId: number;
  connects: number;
}

async function connectResuming(url: string, token: string): Promise<ResumingClient> {
  const client: ResumingClient = {
    socket: undefined as unknown as Socket,
    applied: new Set(),
    firstId: -1,
    connects: 0,
  };
  let cursor: number | undefined;
  // The highest id up to which every id was received: what a reconnect resumes after.
  const contiguous = () => {
    if (cursor === undefined) return undefined;
    while (client.applied.has(cursor + 1)) cursor += 1;
    return cursor;
  };
  client.socket = io(`${url}/agents`, {
    auth: (send) => send({ token, ...(contiguous() === undefined ? {} : { after: contiguous() }) }),
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
  client.socket.on('connect', () => {
    client.connects += 1;
  });
  client.socket.on('event', (event: StreamEvent) => {
    client.applied.add(event.id);
  });
  await new Promise<void>((resolve) =>
    client.socket.once('ready', ({ last_id }: { last_id: number }) => {
      cursor = last_id;
      client.firstId = last_id + 1;
      resolve();
    }),
  );
  return client;
}

async function readyz(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: await response.json() };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(testDriver !== 'postgres')('Redis stopped under load', () => {
  let testDatabase: TestDatabase;
  let redisPort: number;
  let redis: ChildProcess;
  const nodes: RunningServer[] = [];

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    testDatabase = await createTestDatabase();
    const env = {
      DATABASE_URL: testDatabase.url ?? '',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      REDIS_KEY_PREFIX: `charla-fault-${randomId(8)}`,
      DEMO_WORKSPACE: 'false',
      LOG_LEVEL: 'warn',
    };
    nodes.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(nodes.map(stopServerProcess));
    if (redis) await stopRedis(redis);
    await testDatabase?.drop();
  }, 60_000);

  it('keeps every send, reports degraded, and clients on both processes resume with nothing missing', async () => {
    const db = testDatabase.database.db;
    const { workspace, admin, adminToken, managerToken } = await buildTeamWorkspace(db);
    const contactId = await insertContact(db, workspace.id);
    const conversationId = await insertConversation(db, workspace.id, contactId);
    const [nodeA, nodeB] = nodes as [RunningServer, RunningServer];
    expect((await readyz(nodeA.url)).body).toMatchObject({ status: 'ok', redis: 'ok' });

    const clients = await Promise.all([
      connectResuming(nodeA.url, managerToken),
      connectResuming(nodeB.url, managerToken),
    ]);

    const run = randomId(6);
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let sentDuringOutage = 0;
    let outage = false;
    let sending = true;
    const sender = (async () => {
      for (let n = 0; sending; n++) {
        const node = n % 2 === 0 ? nodeA : nodeB;
        const marker = `fault-${run}-${n}`;
        const response = await fetch(`${node.url}/api/conversations/${conversationId}/reply`, {
          method: 'POST',
          headers: { ...bearer(adminToken), 'content-type': 'application/json' },
          body: JSON.stringify({ message_type: 'comment', type: 'admin', admin_id: String(admin.id), body: marker }),
          signal: AbortSignal.timeout(15_000),
        });
        if (response.status === 200) {
          acknowledged.push(marker);
          if (outage) sentDuringOutage += 1;
        } else failures.push(`${response.status} ${await response.text()}`);
      }
    })();

    await waitFor(() => acknowledged.length >= 10, 60_000);
    await stopRedis(redis);
    outage = true;
    for (const node of nodes) {
      await waitUntil(async () => (await readyz(node.url)).body.status === 'degraded', 60_000);
      expect(await readyz(node.url)).toEqual({
        status: 200,
        body: { status: 'degraded', database: 'postgres', redis: 'unavailable' },
      });
    }
    // The scenario: Redis stays away for ten seconds while sends continue on both processes.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    outage = false;
    redis = await startRedis(redisPort);
    for (const node of nodes) await waitUntil(async () => (await readyz(node.url)).body.status === 'ok', 60_000);
    // Each process drops its sockets once Redis is back; they reconnect and resume.
    await waitFor(() => clients.every((client) => client.connects >= 2), 60_000);
    const before = acknowledged.length;
    await waitFor(() => acknowledged.length >= before + 10, 60_000);
    sending = false;
    await sender;

    expect(failures).toEqual([]);
    expect(sentDuringOutage).toBeGreaterThan(0);

    const parts = await db
      .selectFrom('conversation_parts')
      .select('body')
      .where('workspace_id', '=', workspace.id)
      .where('body', 'like', `%fault-${run}-%`)
      .execute();
    const stored = parts.map((part) => /fault-[\w-]+?-\d+/.exec(part.body ?? '')?.[0]);
    expect(stored.toSorted()).toEqual(acknowledged.toSorted());

    const { last_event_id: lastId } = await db
      .selectFrom('event_counters')
      .select('last_event_id')
      .where('workspace_id', '=', workspace.id)
      .executeTakeFirstOrThrow();
    for (const client of clients) {
      await waitFor(() => client.applied.has(Number(lastId)), 60_000);
      const expected = Array.from({ length: Number(lastId) - client.firstId + 1 }, (_, i) => client.firstId + i);
      expect([...client.applied].toSorted((a, b) => a - b)).toEqual(expected);
      client.socket.close();
    }
  }, 180_000);
});
