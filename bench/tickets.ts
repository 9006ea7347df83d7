/**
 * Tickets and Jira on real PostgreSQL, in process (`buildApp` + `inject`): creating tickets, Jira status webhooks
 * applied to tickets, and one reconciliation pass over the local Jira stand-in, each beside a raw baseline
 * measured in the same run. `npm run bench:tickets`; TEST_DATABASE_URL picks the server; TICKETS_PROFILE=1 samples
 * the lock queue while 8 clients create tickets. Creates and drops `charla_bench_tickets`.
 */
import { loadavg } from 'node:os';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Database } from '../server/db/database.ts';
import { reconcileJira } from '../server/domain/integrations/jira/reconcile.ts';
import { createWorkspace } from '../server/domain/workspaces/service.ts';
import { type JiraStandin, startJiraStandin } from '../server/jira-standin/standin.ts';
import { dropBenchDatabase, seedBenchWorkspace, TEST_DATABASE_URL } from './lib/bench-database.ts';
import { type BenchIssue, connectWorkspace, createIssues, registerWebhook, standinClient } from './lib/jira-setup.ts';
import { type SignedDelivery, statusChangeDelivery } from './lib/jira-webhook-bodies.ts';
import { printLockProfile, sampleLockQueue } from './lib/lock-profile.ts';
import { changeRawTicketState, createRawTicket, type RawTicketTarget } from './lib/raw-tickets.ts';
import { countStatements } from './lib/statement-counter.ts';
import { formatTable, percentile } from './lib/stats.ts';
import {
  type CustomerConversation,
  rawTicketTarget,
  seedCustomerConversations,
  seedJiraLinks,
  ticketIdsInOrder,
} from './lib/ticket-seed.ts';
import { COMPARISON_HEADER, comparisonRow, timed } from './lib/timed.ts';

const DATABASE = 'charla_bench_tickets';
const CLIENTS = 8;
const WARMUP = 20;
const SEQUENTIAL_TICKETS = Number(process.env.SEQUENTIAL_TICKETS ?? 300);
const CONCURRENT_TICKETS = Number(process.env.CONCURRENT_TICKETS ?? 800);
/** Issues whose status changes twice each (To Do → In Progress → To Do), one ticket per issue. */
const SEQUENTIAL_ISSUES = 150;
const CONCURRENT_ISSUES = 300;
const ISSUES = 1000;
const CHANGED_UNSEEN = 100;
/** What reconcile.ts asks for on a first pass: the last 24 hours, plus its two-minute margin. */
const FIRST_PASS_MINUTES = 24 * 60 + 2;
const TICKET_COUNT = WARMUP + SEQUENTIAL_TICKETS + CONCURRENT_TICKETS;
if (TICKET_COUNT < ISSUES) throw new Error(`need at least ${ISSUES} tickets for the reconciliation`);

const statementCount = countStatements();
const rows: (string | number)[][] = [];
const notes: string[] = [];
/** Consecutive slices of `items` of the given sizes. */
const slices = <T>(items: T[], ...sizes: number[]) =>
  sizes.map((size, index) => {
    const start = sizes.slice(0, index).reduce((sum, earlier) => sum + earlier, 0);
    return items.slice(start, start + size);
  });

interface Bench {
  app: FastifyInstance;
  database: Database;
  workspaceId: string;
  token: string;
  raw: pg.Pool;
  rawTarget: RawTicketTarget;
}

async function measureTicketCreation(bench: Bench, ours: CustomerConversation[], theirs: CustomerConversation[]) {
  const { app, token, raw, rawTarget } = bench;
  const typeId = (await app.inject({ url: '/api/ticket_types', headers: { authorization: `Bearer ${token}` } }))
    .json()
    .data.find((type: { category: string }) => type.category === 'Customer').id;
  const create = async (from: CustomerConversation) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        ticket_type_id: typeId,
        contacts: [{ id: String(from.contactId) }],
        ticket_attributes: { _default_title_: 'Factura duplicada', _default_description_: 'Se cobró dos veces.' },
        conversation_to_link_id: String(from.conversationId),
      },
    });
    if (response.statusCode !== 200) throw new Error(`create ticket: ${response.statusCode} ${response.body}`);
  };
  const createRaw = async (from: CustomerConversation) => {
    await createRawTicket(raw, rawTarget, from, 'Factura duplicada');
  };
  const [warm = [], sequential = [], concurrent = []] = slices(ours, WARMUP, SEQUENTIAL_TICKETS, CONCURRENT_TICKETS);
  const [rawWarm = [], rawSequential = [], rawConcurrent = []] = slices(
    theirs,
    WARMUP,
    SEQUENTIAL_TICKETS,
    CONCURRENT_TICKETS,
  );
  await timed(warm, 1, create);
  await timed(rawWarm, 1, createRaw);
  const rawOne = await timed(rawSequential, 1, createRaw);
  const oursOne = await timed(sequential, 1, create);
  rows.push(comparisonRow('POST /api/tickets, sequential', oursOne, rawOne));
  const rawMany = await timed(rawConcurrent, CLIENTS, createRaw);
  const profile = process.env.TICKETS_PROFILE ? sampleLockQueue(TEST_DATABASE_URL, DATABASE) : undefined;
  const oursMany = await timed(concurrent, CLIENTS, create);
  if (profile) printLockProfile(await profile.stop());
  rows.push(comparisonRow(`POST /api/tickets, ${CLIENTS} clients`, oursMany, rawMany));
}

/** Each issue moves To Do → In Progress (round 1) → To Do (round 2); rounds go one after the other. */
function statusRounds<T>(items: T[], rounds: number[]) {
  return rounds.flatMap((round) => items.map((item) => ({ item, round })));
}

async function measureWebhooks(bench: Bench, secret: string, issues: BenchIssue[], seenAt: Date, siteUrl: string) {
  const { app, workspaceId, raw, rawTarget } = bench;
  const url = `/api/integrations/jira/webhook/${workspaceId}`;
  let [sent, applied] = [0, 0];
  const build = ({ item, round }: { item: BenchIssue; round: number }) =>
    statusChangeDelivery(secret, siteUrl, item, {
      from: round === 1 ? 'To Do' : 'In Progress',
      to: round === 1 ? 'In Progress' : 'To Do',
      at: seenAt.getTime() + round * 1000,
    });
  const deliver = async (delivery: SignedDelivery) => {
    const response = await app.inject({ method: 'POST', url, headers: delivery.headers, payload: delivery.body });
    if (response.statusCode !== 200) throw new Error(`webhook: ${response.statusCode} ${response.body}`);
    sent += 1;
    applied += response.json().applied ?? 0;
  };
  const changeRaw = async ({ item, round }: { item: number; round: number }) =>
    changeRawTicketState(raw, rawTarget, item, round === 1 ? 'in_progress' : 'submitted');
  const [sequential = [], concurrent = [], warm = []] = slices(issues, SEQUENTIAL_ISSUES, CONCURRENT_ISSUES, WARMUP);
  const rawTickets = await ticketIdsInOrder(bench.database.db, rawTarget.workspaceId);
  const [rawSequential = [], rawConcurrent = [], rawWarm = []] = slices(
    rawTickets,
    SEQUENTIAL_ISSUES,
    CONCURRENT_ISSUES,
    WARMUP,
  );
  // Bodies are built and signed before the clock starts: the client's work is not Charla's.
  const bodies = (list: BenchIssue[], rounds: number[]) => statusRounds(list, rounds).map(build);
  await timed(bodies(warm, [1]), 1, deliver);
  await timed(statusRounds(rawWarm, [1]), 1, changeRaw);
  const rawOne = await timed(statusRounds(rawSequential, [1, 2]), 1, changeRaw);
  const oursOne = await timed(bodies(sequential, [1, 2]), 1, deliver);
  rows.push(comparisonRow('Jira webhook → ticket state, sequential', oursOne, rawOne));
  const rawMany = await timed(statusRounds(rawConcurrent, [1, 2]), CLIENTS, changeRaw);
  const oursMany = await timed(bodies(concurrent, [1, 2]), CLIENTS, deliver);
  rows.push(comparisonRow(`Jira webhook → ticket state, ${CLIENTS} clients`, oursMany, rawMany));
  notes.push(`webhooks: ${applied} of ${sent} deliveries changed their ticket's state (every one should)`);
}

/** The median time of the stand-in search a pass makes (same keys and window, through jira.js), and its hits. */
async function timeSearchAlone(bench: Bench, standin: JiraStandin) {
  const links = await bench.database.db
    .selectFrom('jira_links')
    .select('issue_key')
    .distinct()
    .where('workspace_id', '=', bench.workspaceId)
    .execute();
  const keys = links.map((link) => link.issue_key);
  const jira = standinClient(standin);
  const durations: number[] = [];
  let found = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    found = (await jira.issuesUpdatedSince(keys, FIRST_PASS_MINUTES)).length;
    durations.push(performance.now() - started);
  }
  return { ms: percentile(durations, 0.5), found };
}

async function countInProgress(bench: Bench, issues: BenchIssue[]): Promise<number> {
  const keys = issues.map((issue) => issue.key);
  const row = await bench.database.db
    .selectFrom('conversations')
    .innerJoin('jira_links', (join) =>
      join
        .onRef('jira_links.workspace_id', '=', 'conversations.workspace_id')
        .onRef('jira_links.ticket_id', '=', 'conversations.id'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conversations.workspace_id', '=', bench.workspaceId)
    .where('jira_links.issue_key', 'in', keys)
    .where('conversations.ticket_state', '=', 'in_progress')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** `changed` move in Jira while their webhooks are lost; the first pass must apply exactly those, the second none. */
async function measureReconciliation(bench: Bench, standin: JiraStandin, changed: BenchIssue[]) {
  const before = standin.deliveries.length;
  standin.dropNextWebhooks(changed.length);
  for (const issue of changed) standin.transition(issue.key, 'In Progress');
  await standin.waitForDeliveries(before + changed.length);
  const lost = standin.deliveries.slice(before).filter((delivery) => delivery.dropped).length;
  const search = await timeSearchAlone(bench, standin);
  const pass = async (label: string) => {
    const statements = statementCount();
    const started = performance.now();
    const applied = (await reconcileJira(bench.app)).get(bench.workspaceId) ?? 0;
    const ms = performance.now() - started;
    const row = [label, ms, String(applied), String(statementCount() - statements), `${(ms / search.ms).toFixed(1)}x`];
    return { applied, row };
  };
  const first = await pass(`reconcileJira, first pass (${lost} webhooks lost)`);
  const second = await pass('reconcileJira, second pass (nothing new)');
  const inProgress = await countInProgress(bench, changed);
  const isExact = first.applied === changed.length && second.applied === 0 && inProgress === changed.length;
  if (!isExact) process.exitCode = 1;
  notes.push(
    `reconciliation: the search finds ${search.found} issues; first pass applied ${first.applied} ` +
      `(expected ${changed.length}), second ${second.applied} (expected 0), ${inProgress} of the ${changed.length} ` +
      `tickets now in progress: ${isExact ? 'ok' : 'MISMATCH'}`,
  );
  return [
    ['stand-in search alone (jira.js, same JQL), median of 3', search.ms, '-', '0', '1.0x'],
    first.row,
    second.row,
  ];
}

console.log(`load average before: ${loadavg()[0]?.toFixed(1)} (2 cores, shared machine)`);
const standin = await startJiraStandin({ port: 0, host: '127.0.0.1' });
let database: Database | undefined;
let app: FastifyInstance | undefined;
const rawUrl = new URL(TEST_DATABASE_URL);
rawUrl.pathname = `/${DATABASE}`;
const raw = new pg.Pool({ connectionString: rawUrl.toString(), max: CLIENTS });
try {
  const seeded = await seedBenchWorkspace(DATABASE, 'Tickets bench');
  database = seeded.database;
  const { db } = database;
  const workspaceId = seeded.workspace.id;
  const rawWorkspace = await createWorkspace(db, { name: 'Raw baseline' });
  const ours = await seedCustomerConversations(db, workspaceId, TICKET_COUNT);
  const theirs = await seedCustomerConversations(db, rawWorkspace.id, TICKET_COUNT);
  const config = loadConfig({
    SECRET_KEY: 'bench-tickets-secret-key-0123456789abcde',
    DEMO_WORKSPACE: 'false',
    LOG_LEVEL: 'silent',
  });
  app = await buildApp({ config, database });
  await app.ready();
  const bench = {
    app,
    database,
    workspaceId,
    token: seeded.token,
    raw,
    rawTarget: await rawTicketTarget(db, rawWorkspace.id),
  };

  const started = performance.now();
  await measureTicketCreation(bench, ours, theirs);

  const secret = await connectWorkspace(app, seeded.token, standin);
  const tickets = (await ticketIdsInOrder(db, workspaceId)).slice(0, ISSUES);
  const issues = await createIssues(
    standin,
    tickets.map((id) => `Ticket ${id}`),
    CLIENTS,
  );
  const seenAt = new Date();
  await seedJiraLinks(
    db,
    workspaceId,
    issues.map((issue, i) => ({ ...issue, issueId: issue.id, ticketId: tickets[i] as number })),
    seenAt,
  );
  await measureWebhooks(bench, secret, issues, seenAt, standin.url);

  const charlaUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  await registerWebhook(standin, `${charlaUrl}/api/integrations/jira/webhook/${workspaceId}`, secret);
  const reconciliation = await measureReconciliation(bench, standin, issues.slice(-CHANGED_UNSEEN));

  console.log(
    `\nTickets and Jira, in process on PostgreSQL (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  console.log(formatTable(COMPARISON_HEADER, rows));
  console.log(
    `\n${formatTable([`reconciliation, ${ISSUES} linked issues`, 'ms', 'applied', 'statements', '× search'], reconciliation)}`,
  );
  console.log(`\n${notes.join('\n')}`);
  console.log(`load average after: ${loadavg()[0]?.toFixed(1)}`);
} finally {
  // Each step runs even when one before it fails: the database is dropped and the stand-in closed regardless.
  const steps = [() => app?.close(), () => database?.close(), () => raw.end(), () => standin.close()];
  for (const step of [...steps, () => dropBenchDatabase(DATABASE)]) {
    await Promise.resolve()
      .then(step)
      .catch((error: unknown) => console.error('cleanup:', error));
  }
}
