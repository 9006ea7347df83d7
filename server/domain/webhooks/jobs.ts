import type { FastifyInstance } from 'fastify';
import { deliverWebhook } from './deliver.ts';
import { dispatchWebhooks, hasActiveSubscription } from './dispatch.ts';

/** Every minute, in case a nudge was lost (a process crashed between commit and nudge). */
const DISPATCH_SCHEDULE = '* * * * *';

/**
 * The webhook jobs: the dispatcher (single-flight across processes; nudged after each commit that produced
 * events, and on a schedule) and the deliveries. They run wherever `app.jobs` is started.
 */
export async function registerWebhookJobs(app: FastifyInstance): Promise<void> {
  await app.jobs.work('webhooks.dispatch', async () => {
    await dispatchWebhooks(app);
  });
  await app.jobs.work('webhooks.deliver', (job) =>
    deliverWebhook(app, { ...job.data, isLastAttempt: job.isLastAttempt }),
  );
  await app.jobs.schedule('webhooks.dispatch', DISPATCH_SCHEDULE);

  const nudger = createDispatchNudger({
    isWanted: (workspaceIds) => app.jobs.isStarted && hasActiveSubscription(app.db, workspaceIds),
    nudge: async () => {
      await app.jobs.send('webhooks.dispatch', {});
    },
    onError: (error) => app.log.warn({ err: error }, 'could not nudge the webhook dispatcher'),
  });
  const unsubscribe = app.eventBus.subscribe(nudger.published);
  app.addHook('onClose', async () => unsubscribe());
}

export interface DispatchNudger {
  /** Events the relay published: their workspaces may have something for the dispatcher. */
  published(events: readonly { workspace_id: string }[]): void;
  /** Resolves once no check or nudge is in flight (tests). */
  settled(): Promise<void>;
}

/**
 * After each publish, nudges the dispatcher if a workspace of those events has an active subscription: most
 * have none, and a nudge is a job. One check in flight per process; workspaces published meanwhile are checked
 * together after it.
 */
export function createDispatchNudger(options: {
  isWanted: (workspaceIds: string[]) => boolean | Promise<boolean>;
  nudge: () => Promise<void>;
  onError: (error: unknown) => void;
}): DispatchNudger {
  let inFlight: Promise<void> | undefined;
  let waiting = new Set<string>();
  const run = (): void => {
    if (inFlight || waiting.size === 0) return;
    const workspaceIds = [...waiting];
    waiting = new Set();
    inFlight = (async () => {
      if (await options.isWanted(workspaceIds)) await options.nudge();
    })()
      .catch(options.onError)
      .finally(() => {
        inFlight = undefined;
        run();
      });
  };
  return {
    published(events) {
      for (const event of events) waiting.add(event.workspace_id);
      run();
    },
    async settled() {
      while (inFlight) await inFlight;
    },
  };
}
