import pg from 'pg';
import { formatTable } from './stats.ts';

interface Backend {
  pid: number;
  state: string | null;
  wait_event_type: string | null;
  wait_event: string | null;
  blockers: number[];
  query: string;
}

/** What the backend holding the lock others wait on was doing: running SQL, waiting on I/O, or on the app. */
function holderActivity(backend: Backend): string {
  if (backend.state === 'idle in transaction') return 'idle in transaction (waiting on the app process)';
  if (backend.wait_event_type === null) return 'running a statement (CPU)';
  return `waiting on ${backend.wait_event_type}:${backend.wait_event}`;
}

/** A statement shortened to what tells it apart. */
function statementOf(query: string): string {
  return query.replace(/\s+/g, ' ').replace(/"/g, '').slice(0, 70);
}

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Samples `database`'s backends every `intervalMs` until stopped: how many wait on a lock, and what the backend
 * at the head of the queue (blocking others, not waiting itself) is doing and at which statement. Under one
 * hot team row, the holder's time is where the serialised part of a hand-off goes.
 */
export function sampleLockQueue(serverUrl: string, database: string, intervalMs = 20) {
  const client = new pg.Client({ connectionString: serverUrl });
  let running = true;
  let samples = 0;
  let withQueue = 0;
  let waiters = 0;
  const activities = new Map<string, number>();
  const statements = new Map<string, number>();
  /** Per statement: the samples where the holder was idle in transaction after it (waiting on the app). */
  const statementsThenApp = new Map<string, number>();
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<Backend>(
        `SELECT pid, state, wait_event_type, wait_event, pg_blocking_pids(pid) AS blockers, query
         FROM pg_stat_activity
         WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
        [database],
      );
      samples++;
      const waiting = rows.filter((row) => row.wait_event_type === 'Lock');
      if (waiting.length > 0) {
        withQueue++;
        waiters += waiting.length;
        const blocking = new Set(waiting.flatMap((row) => row.blockers));
        for (const head of rows.filter((row) => blocking.has(row.pid) && row.wait_event_type !== 'Lock')) {
          tally(activities, holderActivity(head));
          tally(statements, statementOf(head.query));
          if (head.state === 'idle in transaction') tally(statementsThenApp, statementOf(head.query));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const meanWaiters = withQueue === 0 ? 0 : waiters / withQueue;
      return { samples, withQueue, meanWaiters, activities, statements, statementsThenApp };
    },
  };
}

type LockProfile = Awaited<ReturnType<ReturnType<typeof sampleLockQueue>['stop']>>;

export function printLockProfile(profile: LockProfile): void {
  const share = (count: number, of: number) => `${((100 * count) / Math.max(1, of)).toFixed(0)} %`;
  const heads = [...profile.activities.values()].reduce((sum, count) => sum + count, 0);
  console.log(
    `\nLock queue (${profile.samples} samples): a queue in ${share(profile.withQueue, profile.samples)} of them, ` +
      `${profile.meanWaiters.toFixed(1)} waiting on average when there was one\n`,
  );
  const byShare = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  console.log(
    formatTable(
      ['the lock holder was', 'share'],
      byShare(profile.activities).map(([what, count]) => [what, share(count, heads)]),
    ),
  );
  console.log();
  console.log(
    formatTable(
      ['at (current or last statement)', 'share', 'of it, waiting on the app'],
      byShare(profile.statements)
        .slice(0, 10)
        .map(([statement, count]) => [
          statement,
          share(count, heads),
          share(profile.statementsThenApp.get(statement) ?? 0, heads),
        ]),
    ),
  );
}
