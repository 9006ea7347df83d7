import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoWorkspace } from '../server/domain/workspaces/demo.ts';
import { DEFAULT_ACCOUNT } from '../server/jira-standin/options.ts';
import { type JiraStandin, startJiraStandin } from '../server/jira-standin/standin.ts';
import { startSampleSite } from '../server/sample-site/serve.ts';
import { buildTeammate, buildToken, TEST_PASSWORD } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser } from './browser.ts';
import { assertMessengerBuilt, eventually, messengerFrame, openHostPage } from './messenger-helpers.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

const NOTE = 'NOTA INTERNA: cliente con dos cargos previos';
const ASK = 'Hola, me habéis cobrado dos veces la cuota de junio';

/**
 * The whole loop across screens and systems: a customer writes from the sample website; an agent makes the chat
 * a ticket from the inbox with a Jira issue; the issue appears in the Jira stand-in; someone moves it to In
 * Progress in Jira and Jira's signed webhook moves the ticket — live in the agent's Tickets view and in the
 * customer's messenger; the agent's public comment reaches the customer, the internal note never does.
 */
describe('a ticket followed in Jira, seen by the agent and by the customer', () => {
  let server: RunningServer;
  let standin: JiraStandin;
  let site: Server;
  let browser: Browser;
  let agent: Page;
  let customer: Page;
  let frame: Frame;
  let issueKey: string;
  let ticketId: string;
  const problems: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: tests read the API's answers loosely
  let api: (method: string, path: string, body?: unknown) => Promise<any>;

  beforeAll(async () => {
    assertWebBuilt();
    assertMessengerBuilt();
    standin = await startJiraStandin({ port: 0, host: '127.0.0.1', webhookRetryDelayMs: 50 });
    server = await startTestServer({ jobs: true });
    const demo = await ensureDemoWorkspace(server.db, TEST_PASSWORD);
    if (!demo) throw new Error('the demo workspace was not created');
    const sofia = await buildTeammate(server.db, demo.workspace.id, {
      role: 'admin',
      name: 'Sofia Support',
      email: 'sofia@example.com',
    });
    const token = await buildToken(server.db, sofia);
    api = apiCaller(server.baseUrl, () => token);
    const settings = await api('PUT', '/integrations/jira', {
      site_url: standin.url,
      email: DEFAULT_ACCOUNT.email,
      api_token: DEFAULT_ACCOUNT.apiToken,
      project_key: 'SUP',
    });
    // Registered in Jira as an admin would: Charla's webhook URL (on the test server's port) and secret.
    const webhookUrl = settings.webhook_url.replace(/^https?:\/\/[^/]+/, server.baseUrl);
    const registered = await fetch(`${standin.url}/rest/webhooks/1.0/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${DEFAULT_ACCOUNT.email}:${DEFAULT_ACCOUNT.apiToken}`).toString('base64')}`,
      },
      body: JSON.stringify({
        name: 'Charla',
        url: webhookUrl,
        events: ['jira:issue_updated'],
        secret: settings.webhook_secret,
      }),
    });
    expect(registered.status).toBe(201);
    site = await startSampleSite(
      { charlaUrl: server.baseUrl, workspaceId: demo.workspace.id, identitySecret: demo.workspace.identity_secret },
      0,
      '127.0.0.1',
    );
    browser = await launchBrowser();
    agent = await signInPage(browser, server.baseUrl, sofia.email, problems, { timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await server?.close();
    await standin?.close();
  });

  it('the customer writes from the website', async () => {
    const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    ({ page: customer } = await openHostPage(browser, `${siteUrl}/?lang=es&user=1`, problems, { locale: 'es-ES' }));
    await customer.getByRole('button', { name: 'Contact us / Contáctanos' }).click();
    frame = await messengerFrame(customer);
    await frame.getByRole('button', { name: /Envíanos un mensaje/ }).click();
    const composer = frame.getByLabel('Escribe un mensaje');
    await composer.fill(ASK);
    await composer.press('Enter');
    await frame.locator('.from-team .bubble').first().waitFor();
  });

  it('the agent creates a ticket with a Jira issue from the conversation; the issue appears in Jira', async () => {
    const found = await api('POST', '/conversations/search', {
      query: { field: 'source.body', operator: '~', value: 'cuota de junio' },
    });
    expect(found.conversations).toHaveLength(1);
    await agent.goto(`${server.baseUrl}/inbox/all/${found.conversations[0].id}`);
    const panel = agent.getByRole('complementary', { name: /^Conversation details/ });
    await panel.getByRole('button', { name: 'Create ticket' }).click();
    const dialog = agent.getByRole('dialog', { name: 'Create a ticket' });
    await dialog.getByLabel(/^Title/).fill('Cobro duplicado de junio');
    await dialog.getByLabel('Also create a Jira issue').check();
    await dialog.getByRole('button', { name: 'Create ticket' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => standin.issues.map((issue) => issue.summary)).toContain('Cobro duplicado de junio');
    issueKey = standin.issues.find((issue) => issue.summary === 'Cobro duplicado de junio')?.key ?? '';
    const linked = panel.getByRole('list', { name: 'Tickets linked to this conversation' });
    await linked.getByText(`${issueKey}: To Do`).waitFor();
    ticketId = (await linked.getByRole('link', { name: /Cobro duplicado de junio/ }).getAttribute('href'))
      ?.split('/')
      .at(-1) as string;
  });

  it('Jira moves the issue to In Progress: the Tickets view and the customer’s messenger follow, live', async () => {
    await agent
      .getByRole('navigation', { name: /^Main$/ })
      .getByRole('link', { name: 'Tickets', exact: true })
      .click();
    const row = agent
      .getByRole('list', { name: /^Conversations$/ })
      .getByRole('link')
      .filter({ hasText: 'Cobro duplicado de junio' });
    await row.getByText('Submitted').waitFor();

    await frame.getByRole('button', { name: 'Volver' }).click();
    await frame
      .getByRole('navigation', { name: 'Secciones del chat' })
      .getByRole('button', { name: /Tickets/ })
      .click();
    const customerRow = frame
      .getByRole('list', { name: 'Tus tickets' })
      .getByRole('button', { name: /Cobro duplicado de junio/ });
    await eventually(() => customerRow.locator('.state-badge').textContent()).toBe('Recibido');

    standin.transition(issueKey, 'In Progress');
    await row.getByText('In progress').waitFor();
    await eventually(() => customerRow.locator('.state-badge').textContent()).toBe('En curso');
    const ticket = await api('GET', `/tickets/${ticketId}`);
    expect(ticket.jira_issues[0]).toMatchObject({ key: issueKey, status: 'In Progress' });
  });

  it('the agent’s public comment reaches the customer; the internal note never does', async () => {
    await frame
      .getByRole('list', { name: 'Tus tickets' })
      .getByRole('button', { name: /Cobro duplicado de junio/ })
      .click();
    const timeline = frame.getByRole('log', { name: 'Novedades de este ticket' });
    await timeline.locator('.state-notice').filter({ hasText: 'Tu ticket ahora está: En curso' }).waitFor();

    await agent.goto(`${server.baseUrl}/inbox/all/${ticketId}`);
    await agent.getByRole('button', { name: 'Note' }).click();
    const note = agent.getByLabel('Internal note for teammates');
    await note.fill(NOTE);
    await note.press('Enter');
    await agent.getByRole('log').getByText(NOTE).waitFor();
    await agent.getByRole('button', { name: 'Reply to customer' }).click();
    const reply = agent.getByLabel('Reply on the ticket (the customer sees it)');
    await reply.fill('Hemos pedido al banco que anule el segundo cargo.');
    await reply.press('Enter');

    await timeline.locator('.from-team .bubble').filter({ hasText: 'anule el segundo cargo' }).waitFor();
    expect(await frame.locator('body').textContent()).not.toContain('NOTA INTERNA');
    expect(problems).toEqual([]);
  });
});
