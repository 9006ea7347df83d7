import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../test/webhook-receiver.ts';
import { seriousAxeViolations } from './axe.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

describe('an admin sets up a webhook in Settings → Webhooks', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let receiver: WebhookReceiver;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  const scriptProblems: string[] = [];

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => team.adminToken)(method, path, body);
  const log = () => admin.getByRole('region', { name: /^(Delivery log|Registro de envíos)$/ });
  const newestPing = () => log().getByRole('row').filter({ hasText: 'ping' }).first();

  beforeAll(async () => {
    assertWebBuilt();
    // Two attempts, 1–2 s apart, so a failing endpoint is given up on quickly.
    server = await startTestServer({ jobs: true, env: { WEBHOOK_MAX_ATTEMPTS: '2' } });
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    receiver = await startWebhookReceiver();
    browser = await launchBrowser();
    admin = await signInPage(browser, server.baseUrl, team.admin.email, scriptProblems, { consoleErrors: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await receiver?.close();
  });

  it('creates a subscription, sends a test and sees the delivery with its response code in the log', async () => {
    await admin.goto(`${server.baseUrl}/settings/profile`);
    await admin.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Webhooks' }).click();
    await admin.getByRole('heading', { level: 2, name: 'Webhooks' }).waitFor();
    await admin.getByText('No subscriptions yet.', { exact: false }).waitFor();

    const form = admin.getByRole('region', { name: 'New subscription' });
    await form.getByLabel('Endpoint URL').fill(receiver.url);
    const conversations = form.getByRole('group', { name: 'Conversations' });
    await conversations.getByRole('checkbox', { name: 'conversation.admin.replied' }).check();
    await form.getByRole('group', { name: 'Contacts' }).getByRole('checkbox', { name: 'contact.created' }).check();
    await form.getByRole('group', { name: 'Tickets' }).getByRole('checkbox', { name: 'ticket.created' }).waitFor();
    expect(await form.getByRole('switch', { name: 'Send notifications' }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Create subscription' }).click();

    await admin.getByRole('heading', { level: 2, name: receiver.url }).waitFor();
    const [subscription] = (await callApi('GET', '/webhooks/subscriptions')).data;
    expect(subscription).toMatchObject({
      url: receiver.url,
      topics: ['conversation.admin.replied', 'contact.created'],
      active: true,
    });

    await admin.getByRole('button', { name: 'Send test' }).click();
    await admin.getByRole('status').getByText('Test delivered: HTTP 200.').waitFor();
    const row = newestPing();
    await row.getByText('Delivered', { exact: true }).waitFor();
    expect((await row.getByRole('cell').nth(4).textContent())?.trim()).toBe('200');
    await row.getByText('Body and payload').click();
    await row.getByText('200 for request 1').waitFor();
    await row.getByText('"type": "notification_event"', { exact: false }).waitFor();
    await saveScreenshot(admin, 'settings-webhooks');

    const [request] = receiver.received;
    expect(JSON.parse(request?.body ?? '{}')).toMatchObject({ topic: 'ping', app_id: team.workspace.id });
    const signature = createHmac('sha256', subscription.secret)
      .update(request?.body ?? '')
      .digest('hex');
    expect(request?.headers['x-charla-signature']).toBe(`sha256=${signature}`);
  });

  it('shows, rotates and keeps the signing secret', async () => {
    const secret = admin.getByRole('textbox', { name: 'Signing secret' });
    expect(await secret.getAttribute('type')).toBe('password');
    await admin.getByRole('button', { name: 'Show', exact: true }).click();
    const before = await secret.inputValue();
    await admin.getByRole('button', { name: 'Rotate the signing secret' }).click();
    await admin.getByRole('button', { name: 'Confirm' }).click();
    await admin.getByText('A new secret was created.', { exact: false }).waitFor();
    const [subscription] = (await callApi('GET', '/webhooks/subscriptions')).data;
    expect(subscription.secret).not.toBe(before);
    await expect.poll(() => secret.inputValue()).toBe(subscription.secret);
  });

  it('marks a delivery that kept failing “Failed — retry”, and sends it again from the log', async () => {
    receiver.answerWith(500, 500);
    await admin.getByRole('button', { name: 'Send test' }).click();
    await admin
      .getByRole('status')
      .getByText(/^(The endpoint answered HTTP 500; trying again shortly|The test failed: HTTP 500)\.$/)
      .waitFor();
    const row = newestPing();
    await row.getByText('Failed — retry').waitFor({ timeout: 15_000 });
    expect((await row.getByRole('cell').nth(3).textContent())?.trim()).toBe('2');
    await saveScreenshot(admin, 'settings-webhooks-failed');
    await row.getByRole('button', { name: /^Retry the ping delivery of / }).click();
    await row.getByText('Delivered', { exact: true }).waitFor({ timeout: 15_000 });
    expect((await row.getByRole('cell').nth(4).textContent())?.trim()).toBe('200');
  });

  it('reads the same in Spanish', async () => {
    await admin.getByRole('button', { name: 'Español', exact: true }).click();
    await admin.getByRole('heading', { level: 3, name: 'Registro de envíos' }).waitFor();
    await admin.getByRole('button', { name: 'Enviar prueba' }).click();
    await admin.getByRole('status').getByText('Prueba entregada: HTTP 200.').waitFor();
    const row = newestPing();
    await row.getByText('Entregado', { exact: true }).waitFor();
    expect((await row.getByRole('cell').nth(4).textContent())?.trim()).toBe('200');
    await row.getByText('Cuerpo y contenido').click();
    await row.getByText('Contenido firmado').waitFor();
    await saveScreenshot(admin, 'settings-webhooks-es');

    await admin.getByRole('link', { name: 'Todos los webhooks' }).click();
    await admin.getByRole('heading', { level: 3, name: 'Suscripciones' }).waitFor();
    await admin.getByText('Activa', { exact: true }).waitFor();
    await admin.getByText('2 temas').waitFor();
    await admin
      .getByRole('region', { name: 'Nueva suscripción' })
      .getByRole('group', { name: 'Conversaciones' })
      .waitFor();
    await admin.getByRole('button', { name: 'English', exact: true }).click();
    await admin.getByRole('heading', { level: 3, name: 'Subscriptions' }).waitFor();
  });

  it('is not offered to agents, and tells them only admins set it up', async () => {
    const agent = await signInPage(browser, server.baseUrl, team.agent.email, scriptProblems);
    await agent.goto(`${server.baseUrl}/settings/profile`);
    const tabs = agent.getByRole('navigation', { name: 'Settings sections' });
    await tabs.getByRole('link', { name: 'Bot workflows' }).waitFor();
    expect(await tabs.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    await agent.goto(`${server.baseUrl}/settings/webhooks`);
    await agent.getByText('Only admins can set up webhooks.').waitFor();
    await agent.context().close();
  });

  it('has no serious or critical axe-core violations on the list and the subscription page', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(team.admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/inbox/you');
    await page.goto(`${server.baseUrl}/settings/webhooks`);
    await page.getByRole('link', { name: `Open the subscription to ${receiver.url}` }).click();
    await page.getByRole('region', { name: 'Delivery log' }).getByText('Body and payload').first().click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'All webhooks' }).click();
    await page.getByRole('heading', { level: 3, name: 'New subscription' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
