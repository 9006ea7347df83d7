/**
 * Inbox views on a large workspace (real PostgreSQL): for each built-in view, the first page of 25 plus
 * every view's count (what the inbox loads), against a bare count(*) of the view's predicate.
 * `npm run bench:views`; TEST_DATABASE_URL picks the server. Creates and drops `charla_bench_views`.
 */
import { sql } from 'kysely';
import { migrate } from '../server/db/migrate.ts';
import { listViewsWithCounts } from '../server/domain/views/catalog.ts';
import { listViewConversations } from '../server/domain/views/conversations.ts';
import { countViews } from '../server/domain/views/counts.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import type { ViewViewer } from '../server/domain/views/filters.ts';
import { listVisibleViews } from '../server/domain/views/queries.ts';
import { createWorkspace } from '../server/domain/workspaces/service.ts';
import { type BaselineView, rawCount } from './lib/baselines.ts';
import { createBenchDatabase, dropBenchDatabase } from './lib/bench-database.ts';
import { generateInbox } from './lib/inbox-data.ts';
import { countViewsInOnePass } from './lib/single-pass-counts.ts';
import { formatTable, percentile, sample } from './lib/stats.ts';

const DATABASE = 'charla_bench_views';
const SHAPE = { teammates: 30, contacts: 50_000, conversations: 200_000, partsPerConversation: 10 };
const RUNS = 50;
const TARGET_P95_MS = 20;

interface Case {
  label: string;
  viewId: 'you' | 'mentions' | 'created_by_you' | 'all' | 'unassigned' | 'chats';
  baseline: BaselineView;
  sort?: 'newest' | 'oldest' | 'waiting_longest';
}

const CASES: Case[] = [
  { label: 'you', viewId: 'you', baseline: 'you' },
  { label: 'mentions', viewId: 'mentions', baseline: 'mentions' },
  { label: 'created_by_you', viewId: 'created_by_you', baseline: 'created_by_you' },
  { label: 'all', viewId: 'all', baseline: 'all' },
  { label: 'unassigned', viewId: 'unassigned', baseline: 'unassigned' },
  { label: 'Chats (shared, waiting_longest)', viewId: 'chats', baseline: 'chats' },
  { label: 'all · waiting_longest', viewId: 'all', baseline: 'all', sort: 'waiting_longest' },
  { label: 'you · oldest', viewId: 'you', baseline: 'you', sort: 'oldest' },
];

const database = await createBenchDatabase(DATABASE);
const { db } = database;
try {
  await migrate(database);
  const workspace = await createWorkspace(db, { name: 'Bench' });
  const started = performance.now();
  await generateInbox(db, workspace.id, SHAPE);
  await ensureDefaultViews(db, workspace.id);
  const { rows: sizes } = await sql<{ n: string }>`SELECT (SELECT count(*) FROM conversations) || ' conversations, '
    || (SELECT count(*) FROM conversation_parts) || ' parts, ' || (SELECT count(*) FROM mentions) || ' mentions, '
    || (SELECT count(*) FROM conversation_tags) || ' tags applied' AS n`.execute(db);
  console.log(`generated ${sizes[0]?.n} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const agents = await db
    .selectFrom('teammates')
    .select('id')
    .where('workspace_id', '=', workspace.id)
    .where('role', '=', 'agent')
    .execute();
  const viewerAt = (i: number): ViewViewer => ({
    workspaceId: workspace.id,
    teammateId: agents[i % agents.length]?.id ?? 0,
  });
  const chats = (await listVisibleViews(db, viewerAt(0))).find((view) => view.name === 'Chats');

  /** One row of the table: the inbox's two calls per run, timed apart, against the bare count. */
  async function measure(c: Case): Promise<(string | number)[]> {
    const viewId = c.viewId === 'chats' ? Number(chats?.id) : c.viewId;
    const [list, counts] = [[] as number[], [] as number[]];
    const total = await sample(RUNS, async (i) => {
      const t0 = performance.now();
      await listViewConversations(db, viewerAt(i), viewId, { per_page: 25, sort: c.sort });
      const t1 = performance.now();
      await listViewsWithCounts(db, viewerAt(i));
      list.push(t1 - t0);
      counts.push(performance.now() - t1);
    });
    const baseline = await sample(RUNS, (i) => rawCount(db, c.baseline, workspace.id, viewerAt(i).teammateId));
    const [p95, baseP95] = [percentile(total, 0.95), percentile(baseline, 0.95)];
    return [
      c.label,
      percentile(total, 0.5),
      p95,
      percentile(list.slice(-RUNS), 0.95),
      percentile(counts.slice(-RUNS), 0.95),
      baseP95,
      `${(p95 / baseP95).toFixed(1)}x`,
      p95 < TARGET_P95_MS ? 'ok' : 'SLOW',
    ];
  }

  const rows: (string | number)[][] = [];
  for (const c of CASES) rows.push(await measure(c));
  console.log(`\n${RUNS} runs each, ms; a run = first page of 25 + GET /api/views (all views with counts)\n`);
  const header = ['view', 'p50', 'p95', 'list p95', 'views p95', 'baseline p95', 'ratio', `<${TARGET_P95_MS}ms`];
  console.log(formatTable(header, rows));

  const views = await listVisibleViews(db, viewerAt(0));
  const subqueries = await sample(RUNS, (i) => countViews(db, viewerAt(i), views));
  const onePass = await sample(RUNS, (i) => countViewsInOnePass(db, viewerAt(i), views));
  console.log(
    `\ncounting all ${views.length} views, p95: a subquery per view (ours) ${percentile(subqueries, 0.95).toFixed(2)} ms` +
      ` vs one count(*) FILTER pass ${percentile(onePass, 0.95).toFixed(2)} ms`,
  );
} finally {
  await database.close();
  await dropBenchDatabase(DATABASE);
}
