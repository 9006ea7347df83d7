import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startJiraStandin } from './standin.ts';
import { adf, jiraClient, type ReceivedWebhook, startReceiver, waitUntil } from './test-helpers.ts';

const SECRET = 'receiver-secret';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function setUp(answer?: (received: ReceivedWebhook) => number) {
  const receiver = await startReceiver(answer);
  const standin = await startJiraStandin({
    webhookRetryDelayMs: 5,
    webhooks: [{ url: receiver.url, secret: SECRET, events: ['jira:issue_updated', 'comment_created'] }],
  });
  cleanups.push(receiver.close, standin.close);
  const jira = jiraClient(standin.url);
  const { key } = await jira.issues.createIssue({
    fields: { project: { key: 'SUP' }, summary: 'Printer on fire', issuetype: { name: 'Bug' } },
  });
  return { receiver, standin, jira, key };
}

function signatureMatches(received: ReceivedWebhook): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(received.rawBody).digest('hex')}`);
  const given = Buffer.from(String(received.headers['x-hub-signature']));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const statusChanges = (received: ReceivedWebhook[]) =>
  received.filter((r) => r.body.webhookEvent === 'jira:issue_updated' && r.body.changelog);

describe('Jira stand-in webhooks', () => {
  it('sends a signed jira:issue_updated with the status changelog when the API moves an issue', async () => {
    const { receiver, jira, key } = await setUp();
    await jira.issues.doTransition({ issueIdOrKey: key, transition: { id: '21' } });
    await waitUntil(() => receiver.received.length === 1, 'the transition webhook');

    const [delivery] = receiver.received as [ReceivedWebhook];
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers['x-atlassian-webhook-identifier']).toEqual(expect.any(String));
    expect(signatureMatches(delivery)).toBe(true);
    expect(delivery.body).toMatchObject({
      webhookEvent: 'jira:issue_updated',
      issue_event_type_name: 'issue_generic',
      timestamp: expect.any(Number),
      user: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Charla Integration' },
      issue: { key, fields: { summary: 'Printer on fire', status: { name: 'In Progress' } } },
      changelog: {
        items: [{ field: 'status', fieldId: 'status', fromString: 'To Do', toString: 'In Progress' }],
      },
    });
  });

  it('sends comment_created when a Jira user comments, and for the API user too (the echo Charla filters)', async () => {
    const { receiver, standin, jira, key } = await setUp();
    standin.addComment(key, 'Fixed in 2.3', 'Dev Person');
    await jira.issueComments.addComment({ issueIdOrKey: key, body: adf('Thanks!') });
    await waitUntil(
      () => receiver.received.filter((r) => r.body.webhookEvent === 'comment_created').length === 2,
      'comments',
    );

    const comments = receiver.received.filter((r) => r.body.webhookEvent === 'comment_created');
    expect(comments.map((r) => (r.body.comment as { author: { displayName: string } }).author.displayName)).toEqual([
      'Dev Person',
      'Charla Integration',
    ]);
    expect(comments[0]?.body).toMatchObject({ comment: { body: 'Fixed in 2.3' }, issue: { key } });
    expect(receiver.received.every(signatureMatches)).toBe(true);
  });

  it('loses dropped deliveries for good while the change itself stands', async () => {
    const { receiver, standin, key } = await setUp();
    standin.dropNextWebhooks(1);
    standin.transition(key, 'In Progress');
    standin.transition(key, 'Done');
    await standin.waitForDeliveries(2);

    expect(
      statusChanges(receiver.received).map(
        (r) => (r.body.changelog as { items: { toString: string }[] }).items[0]?.toString,
      ),
    ).toEqual(['Done']);
    expect(standin.deliveries.map((d) => [d.status, d.dropped])).toEqual([
      ['dropped', true],
      ['delivered', false],
    ]);
    expect(standin.issues.find((issue) => issue.key === key)?.status).toBe('Done');
  });

  it('redelivers the last delivery with the same identifier and body', async () => {
    const { receiver, standin, key } = await setUp();
    standin.transition(key, 'Waiting for customer');
    await waitUntil(() => receiver.received.length === 1, 'the first delivery');

    const response = await fetch(`${standin.url}/_standin/webhooks/redeliver-last`, { method: 'POST' });
    expect(response.status).toBe(202);
    await waitUntil(() => receiver.received.length === 2, 'the redelivery');

    const [first, again] = receiver.received as [ReceivedWebhook, ReceivedWebhook];
    expect(again.headers['x-atlassian-webhook-identifier']).toBe(first.headers['x-atlassian-webhook-identifier']);
    expect(again.rawBody.equals(first.rawBody)).toBe(true);
    expect(signatureMatches(again)).toBe(true);
  });

  it('retries a 503 with the same identifier and a retry count, but not a 400', async () => {
    let failures = 2;
    const { receiver, standin, key } = await setUp((received) => {
      if (String(received.body.webhookEvent) === 'comment_created') return 400;
      return failures-- > 0 ? 503 : 200;
    });
    standin.transition(key, 'In Progress');
    await standin.waitForDeliveries(1);

    expect(receiver.received.map((r) => r.headers['x-atlassian-webhook-retry'])).toEqual([undefined, '1', '2']);
    expect(new Set(receiver.received.map((r) => r.headers['x-atlassian-webhook-identifier'])).size).toBe(1);

    standin.addComment(key, 'Refused by the receiver');
    await standin.waitForDeliveries(2);
    expect(standin.deliveries[1]).toMatchObject({ event: 'comment_created', status: 'failed', attempts: 1 });
  });

  it('moves issues and comments as Dev Person through the control API', async () => {
    const { receiver, standin, key } = await setUp();
    const moved = await fetch(`${standin.url}/_standin/issues/${key}/transition`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'Done' }),
    });
    expect(moved.status).toBe(200);
    await waitUntil(() => receiver.received.length === 1, 'the control-API transition');
    expect(receiver.received[0]?.body).toMatchObject({ user: { displayName: 'Dev Person' } });

    const log = (await (await fetch(`${standin.url}/_standin/deliveries`)).json()) as unknown[];
    expect(log).toEqual([expect.objectContaining({ event: 'jira:issue_updated', issueKey: key, dropped: false })]);
  });

  it('registers, lists and deletes webhooks through the admin API', async () => {
    const { standin, receiver } = await setUp();
    const auth = { authorization: `Basic ${btoa('charla@example.com:standin-token')}` };
    const created = await fetch(`${standin.url}/rest/webhooks/1.0/webhook`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Charla', url: receiver.url, events: ['comment_created'] }),
    });
    expect(created.status).toBe(201);
    const { self } = (await created.json()) as { self: string };
    const listed = (await (
      await fetch(`${standin.url}/rest/webhooks/1.0/webhook`, { headers: auth })
    ).json()) as unknown[];
    expect(listed).toHaveLength(2);
    expect((await fetch(self, { method: 'DELETE', headers: auth })).status).toBe(204);
    expect((await fetch(self, { headers: auth })).status).toBe(404);
  });
});
