import { fromKysely, type PgBoss, type Queue } from 'pg-boss';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Db } from '../db/index.ts';
import { createBoss, JOBS_SCHEMA, startInTurn } from './boss.ts';
import { type JobPayloads, type QueuePayloads, type QueuePolicies, type QueuePolicy, queuePolicies } from './queues.ts';

export interface SendOptions {
  /** Enqueue inside this transaction: the job exists if and only if the transaction commits. */
  trx?: Db;
  /** At most one waiting job per key in the queue; a second send with the same key is dropped (answers null). */
  singletonKey?: string;
  /** Not before this time. */
  startAfter?: Date;
}

/** A job as its handler sees it. `attempt` counts from 1; on the last one a failure is final. */
export interface RunningJob<Data> {
  id: string;
  data: Data;
  attempt: number;
  isLastAttempt: boolean;
}

export type JobHandler<Data> = (job: RunningJob<Data>) => Promise<void>;

/** Jobs of one queue by state, for /metrics: `retrying` failed and wait for another attempt, `failed` gave up. */
export interface QueueCounts {
  queue: string;
  created: number;
  active: number;
  retrying: number;
  failed: number;
}

/**
 * Durable background jobs with retries and backoff (pg-boss, on PostgreSQL and on PGlite). Every process that
 * starts it works every queue it has a handler for; a job runs in one process at a time.
 */
export interface Jobs<P extends QueuePayloads = JobPayloads> {
  send<Q extends keyof P & string>(queue: Q, data: P[Q], options?: SendOptions): Promise<string | null>;
  /** Registers the queue's handler (one per queue); it runs from `start()` on. Throw to fail the attempt. */
  work<Q extends keyof P & string>(queue: Q, handler: JobHandler<P[Q]>): Promise<void>;
  /** Also enqueues a job on a cron schedule (UTC), shared by every process: one job per occurrence. */
  schedule(queue: keyof P & string, cron: string): Promise<void>;
  start(): Promise<void>;
  /** Waits for running handlers (up to the shutdown timeout), then stops. Call before closing the database. */
  stop(): Promise<void>;
  readonly isStarted: boolean;
  stats(): Promise<QueueCounts[]>;
}

export interface JobsLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface JobsOptions<P extends QueuePayloads> {
  database: Database;
  config: Config;
  log?: JobsLog;
  /** The queues and their policies; Charla's own (queues.ts) unless given (tests). */
  queues?: QueuePolicies<P>;
}

const silent: JobsLog = { warn: () => {}, error: () => {} };

function queueOptions(policy: QueuePolicy): Omit<Queue, 'name'> {
  return {
    policy: policy.isSingleFlight ? 'stately' : 'standard',
    retryLimit: policy.retryLimit,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: policy.retryDelayMaxSeconds,
    expireInSeconds: policy.expireInSeconds,
    notify: true,
  };
}

const COUNTED_STATES = { created: 'created', active: 'active', retry: 'retrying', failed: 'failed' } as const;

export function createJobs<P extends QueuePayloads = JobPayloads>(options: JobsOptions<P>): Jobs<P> {
  const { database, config, log = silent } = options;
  const policies = options.queues ?? (queuePolicies(config) as unknown as QueuePolicies<P>);
  const names = Object.keys(policies) as (keyof P & string)[];
  const handlers = new Map<string, JobHandler<never>>();
  const schedules = new Map<string, string>();
  const pollIntervalSeconds = config.jobs.pollIntervalSeconds;
  let boss: PgBoss | undefined;
  let starting: Promise<void> | undefined;
  let isStopping = false;

  function started(): PgBoss {
    if (!boss) throw new Error('the job queue is not started');
    return boss;
  }

  async function startWorker(instance: PgBoss, queue: string, handler: JobHandler<never>): Promise<void> {
    const policy = policies[queue as keyof P & string];
    const workOptions = {
      includeMetadata: true as const,
      batchSize: 1,
      localConcurrency: policy.concurrency,
      pollingIntervalSeconds: pollIntervalSeconds,
      // Retries come due without a notification: poll for them as often as for anything else.
      notifyPollingIntervalSeconds: pollIntervalSeconds,
    };
    await instance.work(queue, workOptions, async ([job]) => {
      if (!job) return;
      try {
        await handler({
          id: job.id,
          data: job.data as never,
          attempt: job.retryCount + 1,
          isLastAttempt: job.retryCount >= job.retryLimit,
        });
      } catch (error) {
        log.warn({ err: error, queue, jobId: job.id, attempt: job.retryCount + 1 }, 'job attempt failed');
        throw error;
      }
    });
  }

  async function startBoss(): Promise<void> {
    const instance = createBoss(database);
    instance.on('error', (error) => log.error({ err: error }, 'job queue error'));
    await instance.start();
    try {
      for (const name of names) {
        const { policy: _, ...current } = queueOptions(policies[name]);
        await instance.createQueue(name, queueOptions(policies[name]));
        // An existing queue takes the configured retry policy too (it applies to jobs sent from now on).
        await instance.updateQueue(name, current);
      }
      // Before the workers: their handlers may send jobs of their own.
      boss = instance;
      for (const [queue, handler] of handlers) await startWorker(instance, queue, handler);
      for (const [queue, cron] of schedules) await instance.schedule(queue, cron);
    } catch (error) {
      boss = undefined;
      await instance.stop({ graceful: false });
      throw error;
    }
  }

  return {
    get isStarted() {
      return boss !== undefined && !isStopping;
    },

    send: (queue, data, sendOptions = {}) =>
      started().send(queue, data, {
        ...(sendOptions.trx ? { db: fromKysely(sendOptions.trx) } : {}),
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
      }),

    work: async (queue, handler) => {
      if (handlers.has(queue)) throw new Error(`queue ${queue} already has a handler`);
      handlers.set(queue, handler as JobHandler<never>);
      if (boss) await startWorker(boss, queue, handler as JobHandler<never>);
    },

    schedule: async (queue, cron) => {
      schedules.set(queue, cron);
      if (boss) await boss.schedule(queue, cron);
    },

    start: () => {
      starting ??= startInTurn(database, startBoss).catch((error) => {
        starting = undefined;
        throw error;
      });
      return starting;
    },

    // Handlers still running may send jobs until they finish; nothing new starts meanwhile.
    stop: async () => {
      await starting?.catch(() => undefined);
      starting = undefined;
      isStopping = true;
      try {
        await boss?.stop({ graceful: true, timeout: Math.max(1_000, Math.floor(config.shutdownTimeoutMs * 0.8)) });
      } finally {
        boss = undefined;
        isStopping = false;
      }
    },

    stats: async () => {
      const { rows } = await started()
        .getDb()
        .executeSql(
          `SELECT name, state::text AS state, count(*)::int AS count FROM ${JOBS_SCHEMA}.job
           WHERE name IN (SELECT jsonb_array_elements_text($1::jsonb))
             AND state IN ('created', 'active', 'retry', 'failed')
           GROUP BY name, state`,
          [JSON.stringify(names)],
        );
      const counts = new Map(names.map((queue) => [queue, { queue, created: 0, active: 0, retrying: 0, failed: 0 }]));
      for (const row of rows as { name: string; state: keyof typeof COUNTED_STATES; count: number }[]) {
        const entry = counts.get(row.name);
        if (entry) entry[COUNTED_STATES[row.state]] = Number(row.count);
      }
      return [...counts.values()];
    },
  };
}
