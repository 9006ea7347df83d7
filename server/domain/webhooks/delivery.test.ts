import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZWebhookDeliveryListSchema, ZWebhookDeliverySchema } from '../../../protocol/webhooks.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver.ts';

// Three attempts, 1–2 s apart (see testConfig): enough to see backoff and a final failure quickly.
const t = setupTestApp({ WEBHOOK_MAX_ATTEMPTS: '3' }, { jobs: true });
const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

type Team = Awaited<ReturnType<typeof buildTeamWorkspace>>;

const waitFor = <T>(check: () => T | Promise<T>, timeout = 20_000) => vi.waitFor(check, { timeout, interval: 100 });
const hmac = (algorithm: string, secret: string, body: string) =>
  createHmac(algorithm, secret).update(body).digest('hex');

/** A workspace with a contact and a subscription to a fresh receiver; `before` runs before it subscribes. */
async function setup(topics: string[], before?: (team: Team, contactId: number) => Promise<void>) {
  const team = await buildTeamWorkspace(t.db);
  const contact = await insertContact(t.db, team.workspace.id);
  await before?.(team, contact.id);
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/webhooks/subscriptions',
    headers: bearer(team.adminToken),
    payload: { url: receiver.url, topics },
  });
  expect(created.statusCode).toBe(200);
  const subscription = created.json() as { id: string; secret: string };
  return { ...team, receiver, subscription, contact };
}

async function deliveries(token: string, subscriptionId: string, query = '') {
  const response = await t.app.inject({
    url: `/api/webhooks/subscriptions/${subscriptionId}/deliveries${query}`,
    headers: bearer(token),
  });
  expect(response.statusCode).toBe(200);
  return ZWebhookDeliveryListSchema.strict().parse(response.json());
}

function reply(token: string, conversationId: string, payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/api/conversations/${conversationId}/reply`,
    headers: bearer(token),
    payload: { message_type: 'comment', ...payload },
  });
}

describe('webhook deliveries', () => {
  it('POSTs a teammate’s reply to the subscriber as Intercom’s notification, signed with the secret', async () => {
    let earlier = '';
    const topics = ['conversation.admin.replied', 'conversation.user.created'];
    // Events from before a subscription exists are not sent to it.
    const { adminToken, admin, workspace, receiver, subscription, contact } = await setup(topics, async (team, id) => {
      earlier = await buildConversation(t.app, team.adminToken, id, 'An older question');
    });
    const conversationId = await buildConversation(t.app, adminToken, contact.id, 'Where is my order?');
    const replied = await reply(adminToken, conversationId, {
      type: 'admin',
      admin_id: String(admin.id),
      body: 'On its way!',
    });
    expect(replied.statusCode).toBe(200);

    await waitFor(() => expect(receiver.received).toHaveLength(2));
    const notifications = receiver.received.map((request) => ({ request, body: JSON.parse(request.body) }));
    expect(notifications.map((n) => n.body.topic).sort()).toEqual([
      'conversation.admin.replied',
      'conversation.user.created',
    ]);
    for (const { request } of notifications) {
      expect(request.headers['x-charla-signature']).toBe(`sha256=${hmac('sha256', subscription.secret, request.body)}`);
      expect(request.headers['x-hub-signature']).toBe(`sha1=${hmac('sha1', subscription.secret, request.body)}`);
      expect(request.headers['content-type']).toBe('application/json');
    }
    const adminReply = notifications.find((n) => n.body.topic === 'conversation.admin.replied')?.body;
    expect(adminReply).toMatchObject({
      type: 'notification_event',
      app_id: workspace.id,
      topic: 'conversation.admin.replied',
      delivery_attempts: 1,
      data: {
        type: 'notification_event_data',
        item: {
          type: 'conversation',
          id: conversationId,
          conversation_parts: {
            type: 'conversation_part.list',
            total_count: 1,
            conversation_parts: [{ part_type: 'comment', body: 'On its way!', author: { type: 'admin' } }],
          },
        },
      },
    });
    expect(adminReply.id).toMatch(/^notif_/);
    expect(JSON.stringify(notifications)).not.toContain('An older question');
    expect(earlier).not.toBe(conversationId);

    // The receiver answered; the attempt is logged right after.
    const log = await waitFor(async () => {
      const read = await deliveries(adminToken, subscription.id);
      expect(read.data.map((d) => [d.topic, d.status, d.response_status])).toEqual(
        expect.arrayContaining([
          ['conversation.admin.replied', 'delivered', 200],
          ['conversation.user.created', 'delivered', 200],
        ]),
      );
      return read;
    });
    const delivered = log.data.find((d) => d.topic === 'conversation.admin.replied');
    expect(delivered?.request_body).toBe(receiver.received.find((r) => r.body.includes('admin.replied'))?.body);
    expect(delivered?.response_body).toMatch(/^200 for request \d$/);
  });

  it('retries with backoff after two 500s, logging each attempt with its answer, then delivers', async () => {
    const { adminToken, receiver, subscription, contact } = await setup(['conversation.user.replied']);
    receiver.answerWith(500, 500);
    const conversationId = await buildConversation(t.app, adminToken, contact.id);
    const replied = await reply(adminToken, conversationId, {
      type: 'user',
      intercom_user_id: String(contact.id),
      body: 'Any news?',
    });
    expect(replied.statusCode).toBe(200);

    const [delivery] = await waitFor(async () => {
      const log = await deliveries(adminToken, subscription.id);
      expect(log.data[0]?.status).toBe('delivered');
      return log.data;
    });
    expect(delivery?.attempts).toBe(3);
    expect(delivery?.attempt_log.map((a) => [a.attempt, a.response_status, a.response_body])).toEqual([
      [1, 500, '500 for request 1'],
      [2, 500, '500 for request 2'],
      [3, 200, '200 for request 3'],
    ]);
    const bodies = receiver.received.map((request) => JSON.parse(request.body));
    expect(bodies.map((body) => body.delivery_attempts)).toEqual([1, 2, 3]);
    expect(new Set(bodies.map((body) => body.id)).size).toBe(1);
    expect(bodies.every((body) => body.first_sent_at === bodies[0].first_sent_at)).toBe(true);
    const sentAt = delivery?.attempt_log.map((a) => a.sent_at) ?? [];
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBeGreaterThanOrEqual(1);
  });

  it('sends a ping with Send test through the same job, and shows its answer in the log', async () => {
    const { adminToken, receiver, subscription } = await setup(['contact.created']);
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/webhooks/subscriptions/${subscription.id}/test`,
      headers: bearer(adminToken),
    });
    expect(sent.statusCode).toBe(200);
    const pending = ZWebhookDeliverySchema.strict().parse(sent.json());
    expect(pending).toMatchObject({ topic: 'ping', subscription_id: subscription.id });

    const delivered = await waitFor(async () => {
      const read = await t.app.inject({ url: `/api/webhooks/deliveries/${pending.id}`, headers: bearer(adminToken) });
      expect(read.json().status).toBe('delivered');
      return ZWebhookDeliverySchema.strict().parse(read.json());
    });
    expect(delivered).toMatchObject({ response_status: 200, attempts: 1, error: null });
    const [request] = receiver.received;
    expect(JSON.parse(request?.body ?? '{}')).toMatchObject({ topic: 'ping', data: { item: { type: 'ping' } } });
    expect(request?.headers['x-charla-signature']).toBe(
      `sha256=${hmac('sha256', subscription.secret, request?.body ?? '')}`,
    );

    await t.app.inject({
      method: 'POST',
      url: `/api/webhooks/subscriptions/${subscription.id}/test`,
      headers: bearer(adminToken),
    });
    const page = await deliveries(adminToken, subscription.id, '?per_page=1');
    expect(page.total_count).toBe(2);
    expect(page.data[0]?.id).not.toBe(pending.id);
    const next = page.pages.next?.starting_after ?? '';
    const second = await deliveries(adminToken, subscription.id, `?per_page=1&starting_after=${next}`);
    expect(second.data.map((d) => d.id)).toEqual([pending.id]);
    expect(second.pages.next).toBeUndefined();
  });

  it('marks a delivery failed after its last attempt, counts it in /metrics, and sends it again on retry', async () => {
    const { adminToken, receiver, subscription } = await setup(['contact.created']);
    receiver.answerWith(503, 503, 503);
    const contact = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: bearer(adminToken),
      payload: { role: 'user', email: 'ana@example.com', name: 'Ana' },
    });
    expect(contact.statusCode).toBe(200);

    const [failed] = await waitFor(async () => {
      const log = await deliveries(adminToken, subscription.id);
      expect(log.data[0]?.status).toBe('failed');
      return log.data;
    });
    expect(failed?.attempt_log.map((a) => a.response_status)).toEqual([503, 503, 503]);
    expect(JSON.parse(failed?.request_body ?? '{}').data.item).toMatchObject({
      type: 'contact',
      id: contact.json().id,
      email: 'ana@example.com',
    });
    await waitFor(async () => {
      const metrics = (await t.app.inject({ url: '/metrics' })).body;
      expect(metrics).toMatch(/charla_jobs\{queue="webhooks\.deliver",state="failed"\} [1-9]/);
      expect(metrics).toContain('charla_jobs{queue="webhooks.dispatch",state="active"}');
    });

    const retried = await t.app.inject({
      method: 'POST',
      url: `/api/webhooks/deliveries/${failed?.id}/retry`,
      headers: bearer(adminToken),
    });
    expect(retried.statusCode).toBe(200);
    expect(retried.json().status).toBe('pending');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/webhooks/deliveries/${failed?.id}/retry`,
      headers: bearer(adminToken),
    });
    expect(again.statusCode).toBe(409);
    await waitFor(async () => {
      const read = await t.app.inject({ url: `/api/webhooks/deliveries/${failed?.id}`, headers: bearer(adminToken) });
      expect(read.json()).toMatchObject({ status: 'delivered', attempts: 4, response_status: 200 });
    });
    expect(receiver.received).toHaveLength(4);
  });
});
