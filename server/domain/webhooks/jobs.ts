import type { FastifyInstance } from 'fastify';
import { deliverWebhook } from './deliver.ts';
import { dispatchWebhooks } from './dispatch.ts';

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

  // One nudge in flight per process; events published meanwhile ask for one more after it.
  let isNudging = false;
  let isNudgeWanted = false;
  const nudge = (): void => {
    if (!app.jobs.isStarted) return;
    if (isNudging) {
      isNudgeWanted = true;
      return;
    }
    isNudging = true;
    app.jobs
      .send('webhooks.dispatch', {})
      .catch((error) => app.log.warn({ err: error }, 'could not nudge the webhook dispatcher'))
      .finally(() => {
        isNudging = false;
        if (isNudgeWanted) {
          isNudgeWanted = false;
          nudge();
        }
      });
  };
  const unsubscribe = app.eventBus.subscribe(nudge);
  app.addHook('onClose', async () => unsubscribe());
}
