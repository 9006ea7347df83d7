/**
 * Inbox search on a large workspace (real PostgreSQL): `searchInbox` — what `GET /api/search` runs — for queries
 * an agent types, against a bare indexed full-text query (the first 20 matching parts, no ranking, snippets or
 * contacts) in the same run. `npm run bench:search`; TEST_DATABASE_URL picks the server; SEARCH_CONVERSATIONS
 * (default 200000, ten parts each) the size. Creates and drops `charla_bench_search`.
 */
import { sql } from 'kysely';
import { migrate } from '../server/db/migrate.ts';
import { searchInbox } from '../server/domain/search/inbox.ts';
import { textQuery } from '../server/domain/search/text-query.ts';
import { createWorkspace } from '../server/domain/workspaces/service.ts';
import { createBenchDatabase, dropBenchDatabase } from './lib/bench-database.ts';
import { generateSearchInbox } from './lib/search-data.ts';
import { formatTable, percentile, sample } from './lib/stats.ts';

const DATABASE = 'charla_bench_search';
const CONVERSATIONS = Number(process.env.SEARCH_CONVERSATIONS ?? 200_000);
const SHAPE = { contacts: Math.ceil(CONVERSATIONS / 4), conversations: CONVERSATIONS, partsPerConversation: 10 };
const RUNS = 40;

/** What agents type: common and rare words, accents left out, a half-typed word, a name, an order number. */
const QUERIES = [
  'informacion',
  'reembolso',
  'no puedo entr',
  'charged twice',
  'factu',
  'contraseña cambio',
  'lucia gomez',
  `A-${100_000 + Math.ceil(CONVERSATIONS / 2)}`,
  'zzzz nada',
];

const database = await createBenchDatabase(DATABASE);
const { db } = database;
try {
  await migrate(database);
  const workspace = await createWorkspace(db, { name: 'Bench' });
  const started = performance.now();
  await generateSearchInbox(db, workspace.id, SHAPE);
  const { rows: sizes } = await sql<{ n: string }>`SELECT (SELECT count(*) FROM conversations) || ' conversations, '
    || (SELECT count(*) FROM conversation_parts) || ' parts, ' || (SELECT count(*) FROM contacts) || ' contacts' AS n`.execute(
    db,
  );
  console.log(`generated ${sizes[0]?.n} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  /** The bare indexed query: the first 20 parts whose document matches, as GIN hands them out. */
  async function bare(q: string): Promise<void> {
    await sql`SELECT conversation_id FROM conversation_parts
      WHERE workspace_id = ${workspace.id} AND charla_search_bucketed_document(id, body) @@ ${textQuery(q, 'last')}::tsquery
      LIMIT 20`.execute(db);
  }

  const rows: (string | number)[][] = [];
  for (const q of QUERIES) {
    const first = await searchInbox(db, workspace.id, q, 20);
    const ours = await sample(RUNS, () => searchInbox(db, workspace.id, q, 20));
    const baseline = await sample(RUNS, () => bare(q));
    const [p95, baseP95] = [percentile(ours, 0.95), percentile(baseline, 0.95)];
    const found = `${first.conversations.length}+${first.contacts.length}`;
    rows.push([
      q,
      found,
      percentile(ours, 0.5),
      p95,
      percentile(baseline, 0.5),
      baseP95,
      `${(p95 / baseP95).toFixed(1)}x`,
    ]);
  }
  console.log(
    `\n${RUNS} runs each, ms; searchInbox = tsquery, contacts, newest part/conversation buckets, ranking, snippets\n`,
  );
  const header = ['query', 'found', 'p50', 'p95', 'bare p50', 'bare p95', 'ratio p95'];
  console.log(formatTable(header, rows));
} finally {
  await database.close();
  await dropBenchDatabase(DATABASE);
}
