import { sql } from 'kysely';
import type { EventTopic } from '../../../protocol/events.ts';
import type { Db } from '../../db/index.ts';
import type { StoredEvent } from '../../events/outbox.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { loadItems } from './items.ts';
import { newNotificationId } from './notification.ts';
import { WEBHOOK_RULES, webhookTopicsOf } from './topics.ts';

/** Events read per transaction. */
const EVENT_BATCH = 200;

export interface DispatchContext {
  db: Db;
  jobs: Pick<Jobs, 'send'>;
}

/** Whether any of these workspaces has an active webhook subscription. */
export async function hasActiveSubscription(db: Db, workspaceIds: string[]): Promise<boolean> {
  const found = await db
    .selectFrom('webhook_subscriptions')
    .select('id')
    .where('workspace_id', 'in', workspaceIds)
    .where('active', '=', true)
    .limit(1)
    .executeTakeFirst();
  return found !== undefined;
}

/** Workspaces with an active subscription and events past their cursor. */
async function workspacesWithNewEvents(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('webhook_cursors as c')
    .innerJoin('event_counters as e', 'e.workspace_id', 'c.workspace_id')
    .select('c.workspace_id')
    .whereRef('e.last_event_id', '>', 'c.last_event_id')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('webhook_subscriptions as s')
          .select(sql`1`.as('one'))
          .whereRef('s.workspace_id', '=', 'c.workspace_id')
          .where('s.active', '=', true),
      ),
    )
    .execute();
  return rows.map((row) => row.workspace_id);
}

/**
 * One batch of a workspace's events, in one transaction under its cursor's row lock: inserts a `pending`
 * delivery per (event, topic, active subscription that chose it), enqueues one job per delivery and moves the
 * cursor. A crash leaves all of it or none; a second dispatcher waits for the lock and finds nothing left.
 */
export async function dispatchWorkspaceBatch(
  context: DispatchContext,
  workspaceId: string,
): Promise<{ created: number; hasMore: boolean }> {
  return context.db.transaction().execute(async (trx) => {
    const cursor = await trx
      .selectFrom('webhook_cursors')
      .select('last_event_id')
      .where('workspace_id', '=', workspaceId)
      .forUpdate()
      .executeTakeFirst();
    if (!cursor) return { created: 0, hasMore: false };
    const events = (await trx
      .selectFrom('events')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '>', cursor.last_event_id)
      .orderBy('id')
      .limit(EVENT_BATCH)
      .execute()) as StoredEvent[];
    const last = events.at(-1);
    if (!last) return { created: 0, hasMore: false };
    const subscriptions = await trx
      .selectFrom('webhook_subscriptions')
      .select(['id', 'topics', 'starts_after_event_id'])
      .where('workspace_id', '=', workspaceId)
      .where('active', '=', true)
      .execute();
    const wanted = events.flatMap((event) =>
      webhookTopicsOf(event).flatMap((topic) =>
        subscriptions
          .filter((s) => event.id > Number(s.starts_after_event_id) && s.topics.includes(topic))
          .map((subscription) => ({ event, topic, subscriptionId: subscription.id })),
      ),
    );
    let created = 0;
    if (wanted.length > 0) {
      const load = await loadItems(trx, workspaceId, [...new Set(wanted.map((w) => w.event))]);
      const items = new Map<StoredEvent, string>();
      for (const { event } of wanted) {
        if (items.has(event)) continue;
        const item = (await WEBHOOK_RULES[event.type as EventTopic]?.item(event, load)) ?? event.payload;
        items.set(event, JSON.stringify(item));
      }
      const inserted = await trx
        .insertInto('webhook_deliveries')
        .values(
          wanted.map(({ event, topic, subscriptionId }) => ({
            workspace_id: workspaceId,
            subscription_id: subscriptionId,
            notification_id: newNotificationId(),
            topic,
            event_id: event.id,
            item: items.get(event) ?? '{}',
            created_at: event.created_at,
          })),
        )
        .onConflict((oc) => oc.columns(['workspace_id', 'subscription_id', 'event_id', 'topic']).doNothing())
        .returning('id')
        .execute();
      for (const { id } of inserted) {
        await context.jobs.send('webhooks.deliver', { workspaceId, deliveryId: id }, { trx });
      }
      created = inserted.length;
    }
    await trx
      .updateTable('webhook_cursors')
      .set({ last_event_id: last.id, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .execute();
    return { created, hasMore: events.length === EVENT_BATCH };
  });
}

/** The `webhooks.dispatch` job: every workspace with something new, batch by batch. Returns deliveries created. */
export async function dispatchWebhooks(context: DispatchContext): Promise<number> {
  let created = 0;
  for (const workspaceId of await workspacesWithNewEvents(context.db)) {
    for (let batch = { created: 0, hasMore: true }; batch.hasMore; ) {
      batch = await dispatchWorkspaceBatch(context, workspaceId);
      created += batch.created;
    }
  }
  return created;
}
