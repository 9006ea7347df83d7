/**
 * The messenger: the loader's and the messenger app's gzipped sizes (budgets 5 KB and 80 KB), then visitor
 * sends across two app processes sharing PostgreSQL and Redis — 64 visitors posting messenger replies (half
 * to each process) while an agent socket on the second process times each from send to delivery. The raw
 * baseline, in the same run, is node-postgres writing the same rows at the same concurrency.
 * `npm run bench:messenger` (after `npm run build`); TEST_DATABASE_URL and REDIS_URL pick the servers.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { startConversation } from '../server/domain/conversations/create.ts';
import { createEventBus } from '../server/events/bus.ts';
import { createVisitorSession } from '../server/realtime/visitor-sessions.ts';
import { dropBenchDatabase, seedBenchWorkspace, TEST_DATABASE_URL } from './lib/bench-database.ts';
import { measureRawIngest } from './lib/raw-ingest.ts';
import { formatTable } from './lib/stats.ts';
import { measureTwoNodeSends, printSendsReport } from './lib/two-node-sends.ts';
import { readAssets } from './lib/web-bundle.ts';

const DATABASE = 'charla_bench_messenger';
const VISITORS = 64;
const MESSAGES_PER_VISITOR = Number(process.env.MESSAGES_PER_VISITOR ?? 40);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOADER_BUDGET = 5 * 1024;
const APP_BUDGET = 80 * 1024;
const databaseUrl = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();

async function bundleSizes() {
  const loaderFile = new URL('../messenger/dist/loader.js', import.meta.url);
  const appDir = new URL('../messenger/dist/app/', import.meta.url).pathname;
  if (!existsSync(loaderFile) || !existsSync(`${appDir}index.html`)) {
    throw new Error('The messenger is not built: run `npm run build` first.');
  }
  const loader = gzipSync(await readFile(loaderFile)).length;
  const assets = await readAssets(appDir);
  // The frame page loads its entry from /messenger/assets/…; chunks it imports later are not counted as eager.
  const html = await readFile(`${appDir}index.html`, 'utf8');
  const eager = new Set([...html.matchAll(/\/messenger\/assets\/([^"]+)"/g)].map((match) => match[1]));
  const app = assets.filter((asset) => eager.has(asset.file)).reduce((sum, asset) => sum + asset.gzipped, 0);
  const everything = assets.reduce((sum, asset) => sum + asset.gzipped, 0);
  return { loader, app, everything };
}

interface Seed {
  workspaceId: string;
  token: string;
  conversations: { id: number; contactId: number; visitorToken: string }[];
}

async function seed(): Promise<Seed> {
  const { database, workspace, token } = await seedBenchWorkspace(DATABASE, 'Messenger bench');
  try {
    const { db } = database;
    const services = { db, eventBus: createEventBus() };
    const conversations = [];
    for (let i = 0; i < VISITORS; i++) {
      const contact = await db
        .insertInto('contacts')
        .values({ workspace_id: workspace.id, role: 'lead', name: `Visitor ${i}`, custom_attributes: '{}' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = await startConversation(services, {
        workspaceId: workspace.id,
        contactId: contact.id,
        body: 'hola',
        channel: 'messenger',
      });
      const visitorToken = await createVisitorSession(db, workspace.id, contact.id);
      conversations.push({ id, contactId: contact.id, visitorToken });
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
      MESSENGER_REQUESTS_PER_IP_PER_MINUTE: '100000000',
      MESSENGER_SENDS_PER_VISITOR_PER_MINUTE: '100000000',
    },
    senders: VISITORS,
    perSender: MESSAGES_PER_VISITOR,
    agentToken: data.token,
    send: (nodeUrl, sender, body) => {
      const conversation = data.conversations[sender];
      return fetch(`${nodeUrl}/api/messenger/conversations/${conversation?.id}/reply`, {
        method: 'POST',
        headers: { 'x-charla-visitor': conversation?.visitorToken ?? '', 'content-type': 'application/json' },
        body: JSON.stringify({ body, idempotency_key: body }),
      });
    },
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = await bundleSizes();
console.log('\nMessenger bundles (gzipped)\n');
console.log(
  formatTable(
    ['bundle', 'gzipped', 'budget', 'within'],
    [
      [
        'loader (the page’s one tag)',
        kb(sizes.loader),
        kb(LOADER_BUDGET),
        sizes.loader <= LOADER_BUDGET ? 'yes' : 'NO',
      ],
      ['messenger app, first open', kb(sizes.app), kb(APP_BUDGET), sizes.app <= APP_BUDGET ? 'yes' : 'NO'],
      ['messenger app, every chunk', kb(sizes.everything), '', ''],
    ],
  ),
);

const data = await seed();
try {
  const raw = await measureRawIngest(databaseUrl, data, MESSAGES_PER_VISITOR);
  const measured = await measureCharla(data);
  printSendsReport(
    `Visitor sends: ${VISITORS} visitors × ${MESSAGES_PER_VISITOR} messages, 2 app processes + Redis, PostgreSQL`,
    { charla: 'messenger reply → agent socket', paced: 'paced at half that rate', ratio: 'messenger sends' },
    raw,
    measured,
    { senders: VISITORS, perSender: MESSAGES_PER_VISITOR },
  );
} finally {
  await dropBenchDatabase(DATABASE);
}
