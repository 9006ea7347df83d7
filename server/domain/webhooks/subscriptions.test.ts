import { describe, expect, it } from 'vitest';
import { ZWebhookSubscriptionListSchema, ZWebhookSubscriptionSchema } from '../../../protocol/webhooks.ts';
import { bearer, buildTeamWorkspace, signIn } from '../../../test/factories.ts';
import { setupTestApp, type TestApp } from '../../../test/harness.ts';

const t = setupTestApp();
const subscription = {
  url: 'https://hooks.example.com/charla',
  topics: ['conversation.user.replied', 'contact.created'],
};

function createSubscription(app: TestApp, token: string, payload: object = subscription) {
  return app.app.inject({ method: 'POST', url: '/api/webhooks/subscriptions', headers: bearer(token), payload });
}

async function webhookRows(app: TestApp) {
  const counts = await Promise.all(
    (['webhook_subscriptions', 'webhook_deliveries', 'webhook_cursors'] as const).map((table) =>
      app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow(),
    ),
  );
  return counts.map((row) => Number(row.count));
}

describe('webhook subscriptions', () => {
  it('lets an admin create one with a generated secret, list it, change it and delete it', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const created = await createSubscription(t, adminToken);
    expect(created.statusCode).toBe(200);
    const body = ZWebhookSubscriptionSchema.strict().parse(created.json());
    expect(body).toMatchObject({ ...subscription, active: true });
    expect(body.secret.length).toBeGreaterThanOrEqual(32);

    const list = await t.app.inject({ url: '/api/webhooks/subscriptions', headers: bearer(adminToken) });
    expect(ZWebhookSubscriptionListSchema.strict().parse(list.json()).data).toEqual([body]);

    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/webhooks/subscriptions/${body.id}`,
      headers: bearer(adminToken),
      payload: { url: 'https://hooks.example.com/v2', topics: ['ticket.created', 'ticket.created'], active: false },
    });
    expect(changed.json()).toMatchObject({
      url: 'https://hooks.example.com/v2',
      topics: ['ticket.created'],
      active: false,
    });
    expect(changed.json().secret).toBe(body.secret);

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/webhooks/subscriptions/${body.id}`,
      headers: bearer(adminToken),
    });
    expect(deleted.json()).toEqual({ type: 'webhook_subscription', id: body.id, deleted: true });
    const gone = await t.app.inject({ url: `/api/webhooks/subscriptions/${body.id}`, headers: bearer(adminToken) });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().errors[0].code).toBe('not_found');
  });

  it('rotates the secret on request', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const { id, secret } = (await createSubscription(t, adminToken)).json();
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/webhooks/subscriptions/${id}/rotate_secret`,
      headers: bearer(adminToken),
    });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().secret).not.toBe(secret);
    const read = await t.app.inject({ url: `/api/webhooks/subscriptions/${id}`, headers: bearer(adminToken) });
    expect(read.json().secret).toBe(rotated.json().secret);
  });

  it('refuses managers and agents (403) and writes nothing', async () => {
    const { adminToken, managerToken, agentToken } = await buildTeamWorkspace(t.db);
    const { id } = (await createSubscription(t, adminToken)).json();
    const before = await webhookRows(t);
    for (const token of [managerToken, agentToken]) {
      const attempts = [
        await createSubscription(t, token),
        await t.app.inject({ url: '/api/webhooks/subscriptions', headers: bearer(token) }),
        await t.app.inject({ url: `/api/webhooks/subscriptions/${id}`, headers: bearer(token) }),
        await t.app.inject({ method: 'POST', url: `/api/webhooks/subscriptions/${id}/test`, headers: bearer(token) }),
        await t.app.inject({ method: 'DELETE', url: `/api/webhooks/subscriptions/${id}`, headers: bearer(token) }),
      ];
      expect(attempts.map((response) => response.statusCode)).toEqual([403, 403, 403, 403, 403]);
    }
    expect(await webhookRows(t)).toEqual(before);
  });

  it('works with the web app’s session cookie and CSRF token', async () => {
    const { admin } = await buildTeamWorkspace(t.db);
    const { cookie, csrfToken } = await signIn(t.app, admin.email);
    const withoutCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/webhooks/subscriptions',
      headers: { cookie },
      payload: subscription,
    });
    expect(withoutCsrf.statusCode).toBe(403);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/webhooks/subscriptions',
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: subscription,
    });
    expect(created.statusCode).toBe(200);
  });

  it('answers 400 naming the field for bad input and writes nothing', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const { id } = (await createSubscription(t, adminToken)).json();
    const before = await webhookRows(t);
    const topics = ['contact.created'];
    const cases = [
      [{ url: 'not a url', topics }, 'url'],
      [{ url: 'javascript:alert(1)', topics }, 'url'],
      [{ url: 'ftp://files.example.com/hook', topics }, 'url'],
      [{ url: 'https://user:pass@hooks.example.com/', topics }, 'url'],
      [{ url: `https://hooks.example.com/${'a'.repeat(5_000)}`, topics }, 'url'],
      [{ url: subscription.url, topics: ['conversation.exploded'] }, 'topics.0'],
      [{ url: subscription.url, topics: [] }, 'topics'],
      [{ url: subscription.url, topics: Array.from({ length: 500 }, () => 'contact.created') }, 'topics'],
      [{ url: subscription.url }, 'topics'],
      [{ topics }, 'url'],
      [{ ...subscription, active: 'yes' }, 'active'],
      [{ ...subscription, secret: 'mine' }, undefined],
    ] as const;
    for (const [payload, field] of cases) {
      const response = await createSubscription(t, adminToken, payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.json().type).toBe('error.list');
      if (field) expect(response.json().errors[0].field).toBe(field);
    }
    const update = await t.app.inject({
      method: 'PUT',
      url: `/api/webhooks/subscriptions/${id}`,
      headers: bearer(adminToken),
      payload: { url: 'javascript:void(0)' },
    });
    expect(update.statusCode).toBe(400);
    const badQuery = await t.app.inject({
      url: `/api/webhooks/subscriptions/${id}/deliveries?per_page=5000`,
      headers: bearer(adminToken),
    });
    expect(badQuery.statusCode).toBe(400);
    const badCursor = await t.app.inject({
      url: `/api/webhooks/subscriptions/${id}/deliveries?starting_after=garbage`,
      headers: bearer(adminToken),
    });
    expect(badCursor.statusCode).toBe(400);
    expect(await webhookRows(t)).toEqual(before);
    const unchanged = await t.app.inject({ url: `/api/webhooks/subscriptions/${id}`, headers: bearer(adminToken) });
    expect(unchanged.json().url).toBe(subscription.url);
  });

  it('answers 404 for another workspace’s subscriptions and deliveries, and changes nothing', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const { id } = (await createSubscription(t, b.adminToken)).json();
    const [delivery] = await t.db
      .insertInto('webhook_deliveries')
      .values({
        workspace_id: b.workspace.id,
        subscription_id: Number(id),
        notification_id: 'notif_b',
        topic: 'ping',
        item: '{}',
        status: 'failed',
      })
      .returning('id')
      .execute();
    const before = await webhookRows(t);
    const requests = [
      { method: 'GET', url: `/api/webhooks/subscriptions/${id}` },
      { method: 'PUT', url: `/api/webhooks/subscriptions/${id}`, payload: { url: 'https://evil.example.com/' } },
      { method: 'DELETE', url: `/api/webhooks/subscriptions/${id}` },
      { method: 'POST', url: `/api/webhooks/subscriptions/${id}/rotate_secret` },
      { method: 'POST', url: `/api/webhooks/subscriptions/${id}/test` },
      { method: 'GET', url: `/api/webhooks/subscriptions/${id}/deliveries` },
      { method: 'GET', url: `/api/webhooks/deliveries/${delivery?.id}` },
      { method: 'POST', url: `/api/webhooks/deliveries/${delivery?.id}/retry` },
    ] as const;
    for (const request of requests) {
      const response = await t.app.inject({ ...request, headers: bearer(a.adminToken) });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
      expect(response.json().errors[0].code).toBe('not_found');
    }
    const list = await t.app.inject({ url: '/api/webhooks/subscriptions', headers: bearer(a.adminToken) });
    expect(list.json().data).toEqual([]);
    expect(await webhookRows(t)).toEqual(before);
    const kept = await t.app.inject({ url: `/api/webhooks/subscriptions/${id}`, headers: bearer(b.adminToken) });
    expect(kept.json().url).toBe(subscription.url);
  });
});

describe('webhook subscriptions without WEBHOOKS_ALLOW_PRIVATE_URLS', () => {
  const strict = setupTestApp({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'false' });

  it('refuses loopback and private network addresses (400) and writes nothing', async () => {
    const { adminToken } = await buildTeamWorkspace(strict.db);
    const before = await webhookRows(strict);
    for (const url of [
      'http://localhost:3000/hook',
      'http://127.0.0.1/hook',
      'http://10.1.2.3/hook',
      'http://192.168.1.10/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
    ]) {
      const response = await createSubscription(strict, adminToken, { url, topics: ['contact.created'] });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'url' });
    }
    expect(await webhookRows(strict)).toEqual(before);
    const allowed = await createSubscription(strict, adminToken);
    expect(allowed.statusCode).toBe(200);
  });
});
