/**
 * Message ingest across two app processes sharing PostgreSQL and Redis: 64 concurrent senders post
 * customer replies through the HTTP API (half to each process); an agent socket on the second process
 * times each message from send to delivery. The raw baseline, in the same run, is node-postgres writing
 * the same rows (INSERT part + UPDATE conversation, one transaction each) at the same concurrency.
 * `npm run bench:ingest`; TEST_DATABASE_URL and REDIS_URL pick the servers. Creates/drops `charla_bench_ingest`.
 */
import { io } from 'socket.io-client';
import { migrate } from '../server/db/migrate.ts';
import { startConversation } from '../server/domain/conversations/create.ts';
import { createTeammate } from '../server/domain/teammates/service.ts';
import { createAccessToken } from '../server/domain/tokens/service.ts';
import { createWorkspace } from '../server/domain/workspaces/service.ts';
import { createEventBus } from '../server/events/bus.ts';
import { startServerProcess, stopServerProcess } from '../test/server-process.ts';
import { createBenchDatabase, dropBenchDatabase, TEST_DATABASE_URL } from './lib/bench-database.ts';
import { measureRawIngest, runConcurrently as runSenders } from './lib/raw-ingest.ts';
import { formatTable, percentile } from './lib/stats.ts';

const DATABASE = 'charla_bench_ingest';
const SENDERS = 64;
const MESSAGES_PER_SENDER = Number(process.env.MESSAGES_PER_SENDER ?? 40);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const databaseUrl = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();

interface Seed {
  workspaceId: string;
  token: string;
  conversations: { id: number; contactId: number }[];
}

async function seed(): Promise<Seed> {
  const database = await createBenchDatabase(DATABASE);
  try {
    await migrate(database);
    const { db } = database;
    const workspace = await createWorkspace(db, { name: 'Ingest bench' });
    const admin = await createTeammate(db, {
      workspaceId: workspace.id,
      email: 'bench@example.com',
      name: 'Bench',
      role: 'admin',
      password: 'bench-password',
    });
    const { token } = await createAccessToken(db, { workspaceId: workspace.id, teammateId: admin.id, name: 'bench' });
    const services = { db, eventBus: createEventBus() };
    const conversations = [];
    for (let i = 0; i < SENDERS; i++) {
      const contact = await db
        .insertInto('contacts')
        .values({
          workspace_id: workspace.id,
          email: `c${i}@example.com`,
          name: `Customer ${i}`,
          custom_attributes: '{}',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = await startConversation(services, { workspaceId: workspace.id, contactId: contact.id, body: 'hola' });
      conversations.push({ id, contactId: contact.id });
    }
    return { workspaceId: workspace.id, token, conversations };
  } finally {
    await database.close();
  }
}

const runConcurrently = (perSender: number, send: (sender: number, k: number) => Promise<void>) =>
  runSenders(SENDERS, perSender, send);

async function measureCharla(data: Seed) {
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_KEY_PREFIX: `bench-${process.pid}`,
    DEMO_WORKSPACE: 'false',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '16',
    NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '',
  };
  const nodes = [await startServerProcess(env), await startServerProcess(env)];
  try {
    const socket = io(`${nodes[1]?.url}/agents`, { auth: { token: data.token }, transports: ['websocket'] });
    await new Promise((resolve) => socket.once('ready', resolve));
    const sentAt = new Map<string, number>();
    const latencies = new Map<string, number[]>();
    let onDelivered: () => void = () => {};
    socket.on('event', (event: { topic?: string; data?: { part?: { body?: string } } }) => {
      if (event.topic !== 'conversation.part.created') return;
      const body = event.data?.part?.body ?? '';
      const at = sentAt.get(body);
      if (at === undefined) return;
      const round = body.split('-')[0] ?? '';
      latencies.set(round, [...(latencies.get(round) ?? []), performance.now() - at]);
      onDelivered();
    });
    const post = async (round: string, sender: number, k: number) => {
      const conversation = data.conversations[sender];
      const body = `${round}-${sender}-${k}`;
      const node = nodes[sender % 2];
      sentAt.set(body, performance.now());
      const response = await fetch(`${node?.url}/api/conversations/${conversation?.id}/reply`, {
        method: 'POST',
        headers: { authorization: `Bearer ${data.token}`, 'content-type': 'application/json', 'idempotency-key': body },
        body: JSON.stringify({
          message_type: 'comment',
          type: 'user',
          intercom_user_id: String(conversation?.contactId),
          body,
        }),
      });
      if (response.status !== 200) throw new Error(`reply failed: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    };
    /** Sends `perSender` messages from every sender, each sender waiting `gapMs` between sends. */
    const round = async (name: string, perSender: number, gapMs = 0) => {
      const expected = SENDERS * perSender;
      const everyDelivery = new Promise<void>((resolve) => {
        onDelivered = () => {
          if ((latencies.get(name)?.length ?? 0) >= expected) resolve();
        };
      });
      const elapsed = await runConcurrently(perSender, async (sender, k) => {
        if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs * (0.5 + Math.random())));
        await post(name, sender, k);
      });
      await Promise.race([everyDelivery, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      return { elapsed, latencies: latencies.get(name) ?? [], delivered: latencies.get(name)?.length ?? 0 };
    };
    await round('warmup', 3);
    const saturated = await round('measure', MESSAGES_PER_SENDER);
    // Then at about half the throughput just measured: delivery latency when the nodes are not saturated.
    const rate = (SENDERS * MESSAGES_PER_SENDER) / (saturated.elapsed / 1000);
    const paced = await round('paced', 10, (SENDERS / (rate / 2)) * 1000);
    socket.close();
    return { saturated, paced, pacedRate: (SENDERS * 10) / (paced.elapsed / 1000) };
  } finally {
    for (const node of nodes) if (node) await stopServerProcess(node);
  }
}

const data = await seed();
try {
  const total = SENDERS * MESSAGES_PER_SENDER;
  const raw = await measureRawIngest(databaseUrl, data, MESSAGES_PER_SENDER);
  const { saturated, paced, pacedRate } = await measureCharla(data);
  const rawRate = total / (raw.elapsed / 1000);
  const charlaRate = total / (saturated.elapsed / 1000);
  const pct = (samples: number[], q: number) => percentile(samples, q);
  console.log(
    `\nIngest: ${SENDERS} concurrent senders × ${MESSAGES_PER_SENDER} messages, 2 app processes + Redis, PostgreSQL\n`,
  );
  console.log(
    formatTable(
      ['run', 'messages/s', 'p50 ms', 'p99 ms', 'what the latency measures'],
      [
        ['raw node-postgres INSERT+UPDATE', rawRate, pct(raw.latencies, 0.5), pct(raw.latencies, 0.99), 'commit'],
        [
          'Charla HTTP reply → agent socket',
          charlaRate,
          pct(saturated.latencies, 0.5),
          pct(saturated.latencies, 0.99),
          `send → delivery, saturated (${saturated.delivered}/${total} delivered)`,
        ],
        [
          'Charla, paced at half that rate',
          pacedRate,
          pct(paced.latencies, 0.5),
          pct(paced.latencies, 0.99),
          `send → delivery (${paced.delivered}/${SENDERS * 10} delivered)`,
        ],
      ],
    ),
  );
  console.log(`\nratio (Charla / raw messages per second): ${(charlaRate / rawRate).toFixed(2)}`);
} finally {
  await dropBenchDatabase(DATABASE);
}
