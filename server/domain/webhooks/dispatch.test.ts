import { describe, expect, it } from 'vitest';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import type { SendOptions } from '../../jobs/jobs.ts';
import { type DispatchContext, dispatchWebhooks } from './dispatch.ts';

// The job queue is not started here: these tests run the dispatcher themselves, with a stand-in queue.
const t = setupTestApp();

async function setup(topics = ['conversation.user.created']) {
  const team = await buildTeamWorkspace(t.db);
  const contact = await insertContact(t.db, team.workspace.id);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/webhooks/subscriptions',
    headers: bearer(team.adminToken),
    payload: { url: 'https://hooks.example.com/charla', topics },
  });
  expect(created.statusCode).toBe(200);
  const startConversation = () => buildConversation(t.app, team.adminToken, contact.id);
  return { ...team, subscriptionId: Number(created.json().id), startConversation };
}

function recordingQueue() {
  const sent: { deliveryId: number; inTransaction: boolean }[] = [];
  const context: DispatchContext = {
    db: t.db,
    jobs: {
      send: async (_queue, data, options?: SendOptions) => {
        sent.push({
          deliveryId: (data as { deliveryId: number }).deliveryId,
          inTransaction: !!options?.trx?.isTransaction,
        });
        return String(sent.length);
      },
    },
  };
  return { sent, context };
}

async function state(workspaceId: string) {
  const deliveries = await t.db
    .selectFrom('webhook_deliveries')
    .select(['id', 'event_id', 'status'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  const cursor = await t.db
    .selectFrom('webhook_cursors')
    .select('last_event_id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const counter = await t.db
    .selectFrom('event_counters')
    .select('last_event_id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { deliveries, cursor: Number(cursor.last_event_id), latestEvent: Number(counter.last_event_id) };
}

describe('webhook dispatcher', () => {
  it('commits deliveries, their jobs and the cursor together: a crashed pass leaves none of it', async () => {
    const { workspace, startConversation } = await setup();
    await startConversation();
    await startConversation();
    const before = await state(workspace.id);

    const crashing: DispatchContext = {
      db: t.db,
      jobs: {
        send: async () => {
          throw new Error('the process died while enqueueing');
        },
      },
    };
    await expect(dispatchWebhooks(crashing)).rejects.toThrow('the process died');
    expect(await state(workspace.id)).toEqual(before);

    const { sent, context } = recordingQueue();
    await dispatchWebhooks(context);
    const after = await state(workspace.id);
    expect(after.deliveries.map((d) => d.status)).toEqual(['pending', 'pending']);
    expect(after.cursor).toBe(after.latestEvent);
    expect(sent).toEqual(after.deliveries.map((d) => ({ deliveryId: d.id, inTransaction: true })));
  });

  it('finds nothing new on a second pass, nor when two dispatchers run at once', async () => {
    const { workspace, startConversation } = await setup();
    await startConversation();
    const { sent, context } = recordingQueue();
    await dispatchWebhooks(context);
    expect(sent).toHaveLength(1);
    await dispatchWebhooks(context);
    expect(sent).toHaveLength(1);

    await startConversation();
    await Promise.all([dispatchWebhooks(context), dispatchWebhooks(context)]);
    const { deliveries } = await state(workspace.id);
    expect(deliveries).toHaveLength(2);
    expect(new Set(deliveries.map((d) => d.event_id)).size).toBe(2);
    expect(sent.map((s) => s.deliveryId)).toEqual(deliveries.map((d) => d.id));
  });

  it('sends a paused subscription nothing of what happened while it was paused', async () => {
    const { workspace, adminToken, subscriptionId, startConversation } = await setup();
    const pause = (active: boolean) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/webhooks/subscriptions/${subscriptionId}`,
        headers: bearer(adminToken),
        payload: { active },
      });
    await pause(false);
    await startConversation();
    const { context } = recordingQueue();
    await dispatchWebhooks(context);
    await pause(true);
    await dispatchWebhooks(context);
    const resumed = await state(workspace.id);
    expect(resumed.deliveries).toEqual([]);

    await startConversation();
    await dispatchWebhooks(context);
    const after = await state(workspace.id);
    expect(after.deliveries).toHaveLength(1);
    expect(after.deliveries[0]?.event_id).toBeGreaterThan(resumed.latestEvent);
  });
});
