import type { FastifyInstance } from 'fastify';
import { transact } from '../../events/transact.ts';
import { reassessOnReopen } from '../assignment/assign.ts';
import type { Services } from './context.ts';
import { writeContext } from './context.ts';
import { appendPart } from './parts.ts';

const BATCH = 100;

/**
 * Reopens snoozed conversations whose `snoozed_until` has passed. The conversation row itself is the
 * durable job: whichever node runs this after the time (even after a restart) reopens it, and
 * SKIP LOCKED lets several nodes share the work without doing anything twice. Returns how many reopened.
 */
export async function wakeSnoozedConversations(services: Services, now = new Date()): Promise<number> {
  const due = await services.db
    .selectFrom('conversations')
    .select(['workspace_id', 'id'])
    .where('state', '=', 'snoozed')
    .where('snoozed_until', '<=', now)
    .orderBy('snoozed_until')
    .limit(BATCH)
    .execute();
  let woken = 0;
  for (const { workspace_id: workspaceId, id } of due) {
    const reopened = await transact(services, workspaceId, async (trx, emit) => {
      const row = await trx
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('state', '=', 'snoozed')
        .where('snoozed_until', '<=', now)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return false;
      const part = {
        partType: 'open' as const,
        authorType: 'bot' as const,
        authorId: null,
        isPublic: false,
        metadata: { reason: 'snooze_expired' },
        changes: { state: 'open' as const, snoozed_until: null },
      };
      const woken = await appendPart(trx, emit, row, part, writeContext(undefined));
      // As when a customer reopens it: its teammate keeps it while available, else its team assigns it again.
      await reassessOnReopen(trx, emit, woken.conversation);
      return true;
    });
    if (reopened) woken++;
  }
  return woken;
}

/** Runs the wake-up every `intervalMs` until the app closes. */
export function startSnoozeWaker(app: FastifyInstance, intervalMs: number): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    wakeSnoozedConversations(app)
      .catch((error) => app.log.error({ err: error }, 'waking snoozed conversations failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
