/**
 * Message ingest across two app processes sharing PostgreSQL and Redis: 64 concurrent senders post
 * customer replies through the HTTP API (half to each process); an agent socket on the second process
 * times each message from send to delivery. The raw baseline, in the same run, is node-postgres writing
 * the same rows (INSERT part + UPDATE conversation, one transaction each) at the same concurrency.
 * `npm run bench:ingest`; TEST_DATABASE_URL and REDIS_URL pick the servers. Creates/drops `charla_bench_ingest`.
 */
import { startConversation } from '../server/domain/conversations/create.ts';
import { createEventBus } from '../server/events/bus.ts';
import { dropBenchDatabase, seedBenchWorkspace, TEST_DATABASE_URL } from './lib/bench-database.ts';
import { measureRawIngest } from './lib/raw-ingest.ts';
import { measureTwoNodeSends, printSendsReport } from './lib/two-node-sends.ts';

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
  const { database, workspace, token } = await seedBenchWorkspace(DATABASE, 'Ingest bench');
  try {
    const { db } = database;
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

async function measureCharla(data: Seed) {
  return measureTwoNodeSends({
    env: {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_KEY_PREFIX: `bench-${process.pid}`,
      DEMO_WORKSPACE: 'false',
      SAMPLE_SITE_PORT: '-1',
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '16',
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '',
    },
    senders: SENDERS,
    perSender: MESSAGES_PER_SENDER,
    agentToken: data.token,
    send: (nodeUrl, sender, body) => {
      const conversation = data.conversations[sender];
      return fetch(`${nodeUrl}/api/conversations/${conversation?.id}/reply`, {
        method: 'POST',
        headers: { authorization: `Bearer ${data.token}`, 'content-type': 'application/json', 'idempotency-key': body },
        body: JSON.stringify({
          message_type: 'comment',
          type: 'user',
          intercom_user_id: String(conversation?.contactId),
          body,
        }),
      });
    },
  });
}

const data = await seed();
try {
  const raw = await measureRawIngest(databaseUrl, data, MESSAGES_PER_SENDER);
  const measured = await measureCharla(data);
  printSendsReport(
    `Ingest: ${SENDERS} concurrent senders × ${MESSAGES_PER_SENDER} messages, 2 app processes + Redis, PostgreSQL`,
    { charla: 'Charla HTTP reply → agent socket', paced: 'Charla, paced at half that rate', ratio: 'Charla' },
    raw,
    measured,
    { senders: SENDERS, perSender: MESSAGES_PER_SENDER },
  );
} finally {
  await dropBenchDatabase(DATABASE);
}
