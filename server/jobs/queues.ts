import type { Config } from '../config.ts';

/**
 * Every queue and what its jobs carry. A domain that needs background work adds one line here and one in
 * `queuePolicies` below, then enqueues with `app.jobs.send(name, data, { trx })` and registers its handler with
 * `app.jobs.work(name, handler)`.
 */
export type JobPayloads = {
  /** Turns new outbox events into webhook deliveries (server/domain/webhooks/dispatch.ts). */
  'webhooks.dispatch': Record<string, never>;
  /** POSTs one webhook delivery (server/domain/webhooks/deliver.ts). */
  'webhooks.deliver': { workspaceId: string; deliveryId: number };
  /** Creates the Jira issue of a link, or reads a linked issue (server/domain/integrations/jira/jobs.ts). */
  'jira.sync_link': { workspaceId: string; ticketId: number; issueKey: string };
  /** Sends a ticket's public comment to its linked Jira issue. */
  'jira.comment': { workspaceId: string; ticketId: number; issueKey: string; partId: number };
  /** Reads linked issues updated since the last pass, for webhooks that never came. */
  'jira.reconcile': Record<string, never>;
};

/** What any set of queues looks like: a name and the JSON object its jobs carry. */
export type QueuePayloads = Record<string, object>;

export interface QueuePolicy {
  /** Runs after the first one fails; 0 means one attempt only. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) for each later one. */
  retryDelaySeconds: number;
  /** The longest wait between two attempts. */
  retryDelayMaxSeconds: number;
  /** An attempt still running after this long counts as failed (a crashed process) and is retried. */
  expireInSeconds: number;
  /** Handlers running at once in each process. */
  concurrency: number;
  /** At most one job waiting and one running across every process (pg-boss's `stately` policy). */
  isSingleFlight?: boolean;
}

export type QueuePolicies<P extends QueuePayloads> = { [Q in keyof P & string]: QueuePolicy };

/** The retry policy of every queue, in one place. */
export function queuePolicies(config: Config): QueuePolicies<JobPayloads> {
  return {
    'webhooks.dispatch': {
      retryLimit: 10,
      retryDelaySeconds: 2,
      retryDelayMaxSeconds: 60,
      expireInSeconds: 300,
      concurrency: 1,
      isSingleFlight: true,
    },
    'webhooks.deliver': {
      retryLimit: config.webhooks.maxAttempts - 1,
      retryDelaySeconds: config.webhooks.retryDelaySeconds,
      retryDelayMaxSeconds: config.webhooks.retryDelayMaxSeconds,
      // The POST's own timeout plus the bookkeeping around it.
      expireInSeconds: Math.ceil(config.webhooks.timeoutMs / 1000) + 60,
      concurrency: 5,
    },
    'jira.sync_link': {
      retryLimit: config.jira.retryLimit,
      retryDelaySeconds: config.jira.retryDelaySeconds,
      retryDelayMaxSeconds: 3600,
      expireInSeconds: 120,
      concurrency: 3,
    },
    'jira.comment': {
      retryLimit: config.jira.retryLimit,
      retryDelaySeconds: config.jira.retryDelaySeconds,
      retryDelayMaxSeconds: 3600,
      expireInSeconds: 120,
      concurrency: 3,
    },
    'jira.reconcile': {
      retryLimit: 2,
      retryDelaySeconds: 30,
      retryDelayMaxSeconds: 120,
      expireInSeconds: 600,
      concurrency: 1,
      isSingleFlight: true,
    },
  };
}
