import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { DEFAULT_ACCOUNT } from '../server/jira-standin/options.ts';
import { type JiraStandin, startJiraStandin } from '../server/jira-standin/standin.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { seriousAxeViolations } from './axe.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

const SHOTS = '/tmp/shots-tickets/';
const TITLE = 'Me cobraron dos veces este mes.';

/**
 * What the agent sees at 1440×900 and on a phone (390×844), scrolled to `focus`, into /tmp/shots-tickets; the
 * whole page also goes to the artifacts.
 */
/**
 * Screenshots at desktop and phone width. What lives in the conversation's details (`inDetails`) is shot at desktop
 * width only: on a phone the details are a panel opened on demand (e2e/responsive.test.ts walks it), and resizing
 * would close what is open in them.
 */
async function shootBoth(page: Page, name: string, focus: Locator, inDetails = false): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  const sizes = inDetails
    ? ([[1440, 900]] as const)
    : ([
        [1440, 900],
        [390, 844],
      ] as const);
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await saveScreenshot(page, `tickets-${name}-${width}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} overflows`).toBeLessThanOrEqual(
      width,
    );
    await focus.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}${name}-${width}.png`, animations: 'disabled' });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('an agent makes a ticket from a conversation and works it; a manager shapes ticket types', () => {
  let server: RunningServer;
  let standin: JiraStandin;
  let browser: Browser;
  let luis: Page;
  let marta: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  let conversationId: string;
  let ticketId: string;
  const scriptProblems: string[] = [];

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => team.adminToken)(method, path, body);
  const panel = (page: Page) => page.getByRole('complementary', { name: /^(Conversation details|Detalles)/ });
  const ticketPanel = (page: Page, heading: string | RegExp) => page.getByRole('region', { name: heading });
  const ticketRows = (page: Page): Locator =>
    page.getByRole('list', { name: /^(Conversations|Conversaciones)$/ }).getByRole('link');
  const nav = (page: Page) => page.getByRole('navigation', { name: /^(Main|Principal)$/ });

  beforeAll(async () => {
    assertWebBuilt();
    standin = await startJiraStandin({ port: 0, host: '127.0.0.1', webhookRetryDelayMs: 50 });
    server = await startTestServer({ jobs: true });
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    await callApi('PUT', '/integrations/jira', {
      site_url: standin.url,
      email: DEFAULT_ACCOUNT.email,
      api_token: DEFAULT_ACCOUNT.apiToken,
      project_key: 'SUP',
      issue_type: 'Task',
    });
    const contact = await callApi('POST', '/contacts', { email: 'maria@example.com', name: 'María García' });
    const message = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contact.id },
      body: `<p>${TITLE}</p>`,
    });
    conversationId = message.conversation_id;

    browser = await launchBrowser();
    const options = { consoleErrors: true, bypassCSP: true, timeoutMs: 15_000 };
    luis = await signInPage(browser, server.baseUrl, team.agent.email, scriptProblems, options);
    marta = await signInPage(browser, server.baseUrl, team.manager.email, scriptProblems, options);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await standin?.close();
  });

  it('opens "Create ticket" from the right panel: a Customer ticket titled from the customer’s message', async () => {
    await luis.goto(`${server.baseUrl}/inbox/all/${conversationId}`);
    await panel(luis).getByRole('button', { name: 'Create ticket' }).click();
    const dialog = luis.getByRole('dialog', { name: 'Create a ticket' });
    const type = dialog.getByLabel('Ticket type');
    await expect.poll(() => type.evaluate((select) => select === document.activeElement)).toBe(true);
    expect(await type.locator('option:checked').textContent()).toContain('Customer ticket');
    expect(await dialog.getByLabel(/^Title/).inputValue()).toBe(TITLE);
    expect(await dialog.getByLabel('Assign to me').isChecked()).toBe(true);
    await dialog.getByLabel('Description').fill('Cobro duplicado de la cuota de marzo.');
    expect(await seriousAxeViolations(luis)).toEqual([]);
    await shootBoth(luis, 'create-form-en', dialog, true);

    await luis.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(
      await panel(luis)
        .getByRole('button', { name: 'Create ticket' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
  });

  it('creates it with a Jira issue, and lists it in the conversation’s Tickets section and thread', async () => {
    await panel(luis).getByRole('button', { name: 'Create ticket' }).click();
    const dialog = luis.getByRole('dialog', { name: 'Create a ticket' });
    await dialog.getByLabel('Also create a Jira issue').check();
    await dialog.getByRole('button', { name: 'Create ticket' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const linked = panel(luis).getByRole('list', { name: 'Tickets linked to this conversation' });
    const link = linked.getByRole('link', { name: `#1 ${TITLE}` });
    await link.waitFor();
    await linked.getByText('Submitted').waitFor();
    await linked.getByText('SUP-1: To Do').waitFor({ timeout: 20_000 });
    await luis
      .getByRole('log')
      .getByRole('link', { name: `Ticket #1 created: ${TITLE}` })
      .waitFor();
    ticketId = (await link.getAttribute('href'))?.split('/').at(-1) ?? '';
    expect((await callApi('GET', `/tickets/${ticketId}`)).admin_assignee_id).toBe(String(team.agent.id));
  });

  it('shows it in the Tickets view of another teammate', async () => {
    await nav(marta).getByRole('link', { name: 'Tickets', exact: true }).click();
    const row = ticketRows(marta).filter({ hasText: TITLE });
    await row.getByText('Submitted').waitFor();
  });

  it('opens the ticket: its panel comes first, and moving it to In progress tells what the customer sees', async () => {
    await panel(luis)
      .getByRole('link', { name: `#1 ${TITLE}` })
      .click();
    const ticket = ticketPanel(luis, 'Ticket #1');
    await ticket.getByText('Customer ticket').waitFor();
    await ticket.getByText('The customer sees “Received”.').waitFor();
    await ticket.getByLabel('State').selectOption({ label: 'In progress' });
    await ticket.getByText('The customer sees “In progress”.').waitFor();
    await luis
      .getByRole('log')
      .getByText(/State changed to In progress · Luis Agent/)
      .waitFor();
    await luis.getByRole('button', { name: 'Reply to customer' }).waitFor();
    const reply = luis.getByLabel('Reply on the ticket (the customer sees it)');
    await reply.fill('Lo estamos revisando.');
    await reply.press('Enter');
    await luis.getByRole('log').locator('.part.from-teammate').filter({ hasText: 'Lo estamos revisando.' }).waitFor();
    expect(await seriousAxeViolations(luis)).toEqual([]);
  });

  it('updates the other teammate’s Tickets view live', async () => {
    const row = ticketRows(marta).filter({ hasText: TITLE });
    await row.getByText('In progress').waitFor();
    await shootBoth(marta, 'tickets-view-en', row);
  });

  it('copies the signed link the customer can follow the ticket on', async () => {
    await luis.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    await ticketPanel(luis, 'Ticket #1').getByRole('button', { name: 'Copy customer link' }).click();
    await ticketPanel(luis, 'Ticket #1').getByText('Link copied: send it to the customer.').waitFor();
    expect(await luis.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\//);
  });

  it('saves a new title on Enter, with feedback, and the thread says so', async () => {
    const ticket = ticketPanel(luis, 'Ticket #1');
    const title = ticket.getByLabel('Title', { exact: true });
    await title.fill('Factura duplicada');
    await title.press('Enter');
    const titleField = ticket.locator('.ticket-text-field', { has: luis.getByLabel('Title', { exact: true }) });
    await titleField.getByText('✓ Saved').waitFor();
    await luis
      .getByRole('log')
      .getByText(/^Title updated · Luis Agent/)
      .waitFor();
    expect((await callApi('GET', `/tickets/${ticketId}`)).title).toBe('Factura duplicada');
  });

  it('links Jira issues: checks the key, opens Jira in a new tab, and offers a retry when a sync fails', async () => {
    const jira = ticketPanel(luis, 'Ticket #1').getByRole('region', { name: 'Jira' });
    const issue = jira.getByRole('link', { name: /^SUP-1/ });
    expect(await issue.getAttribute('target')).toBe('_blank');
    expect(await issue.getAttribute('rel')).toBe('noopener noreferrer');
    const key = jira.getByLabel('Link an existing issue');
    await key.fill('factura');
    await jira.getByRole('button', { name: 'Link', exact: true }).click();
    await jira.getByText('Enter an issue key such as ABC-123.').waitFor();
    await key.fill('sup-999');
    await jira.getByRole('button', { name: 'Link', exact: true }).click();
    const retry = jira.getByRole('button', { name: 'Sync failed — retry (SUP-999)' });
    await retry.waitFor({ timeout: 20_000 });
    await jira.getByText('What went wrong').click();
    expect(await jira.locator('.jira-error p').textContent()).not.toBe('');
    await shootBoth(luis, 'ticket-panel-en', ticketPanel(luis, 'Ticket #1'), true);
    await shootBoth(luis, 'ticket-jira-en', jira, true);
  });

  it('drops the ticket from the Tickets view live once it is resolved', async () => {
    await ticketPanel(luis, 'Ticket #1').getByLabel('State').selectOption({ label: 'Resolved' });
    await ticketRows(marta).filter({ hasText: 'Factura duplicada' }).waitFor({ state: 'detached' });
  });

  it('Settings → Tickets: a manager adds a list attribute, which the create form then asks for', async () => {
    await marta.goto(`${server.baseUrl}/settings/tickets`);
    const card = marta
      .getByRole('listitem')
      .filter({ has: marta.getByRole('heading', { name: 'Customer ticket', exact: true }) });
    await card.getByRole('button', { name: 'Add attribute' }).click();
    await card.getByLabel('Attribute name').fill('Producto');
    await card.getByLabel('Kind of value').selectOption('list');
    await card.getByLabel('List items').fill('Web, App');
    await card.getByLabel('Required to create a ticket').check();
    expect(await seriousAxeViolations(marta)).toEqual([]);
    await card.getByRole('button', { name: 'Add attribute' }).click();
    await card.getByText('List: Web, App').waitFor();
    expect(await seriousAxeViolations(marta)).toEqual([]);
    await shootBoth(marta, 'settings-en', card);
    await shootBoth(marta, 'settings-states-en', marta.getByRole('heading', { name: 'States', exact: true }));

    await luis.goto(`${server.baseUrl}/inbox/all/${conversationId}`);
    await panel(luis).getByRole('button', { name: 'Create ticket' }).click();
    const dialog = luis.getByRole('dialog', { name: 'Create a ticket' });
    const product = dialog.getByLabel(/^Producto/);
    expect(await product.locator('option').allTextContents()).toEqual(['Choose…', 'Web', 'App']);
    await dialog.getByRole('button', { name: 'Create ticket' }).click();
    await dialog.getByText('Fill this in.').waitFor();
    expect(await product.evaluate((select) => select === document.activeElement)).toBe(true);
    await product.selectOption('App');
    await dialog.getByRole('button', { name: 'Create ticket' }).click();
    await panel(luis)
      .getByRole('link', { name: `#2 ${TITLE}` })
      .waitFor();
  });

  it('builds a view of submitted customer tickets from the New view dialog', async () => {
    await nav(marta).getByRole('button', { name: 'New view' }).click();
    const dialog = marta.getByRole('dialog', { name: 'New view' });
    await dialog.getByLabel('Name').fill('Submitted tickets');
    await dialog.getByRole('group', { name: 'Ticket state' }).getByLabel('Submitted').check();
    await dialog.getByLabel('Ticket type').selectOption({ label: '🎫 Customer ticket' });
    await dialog.getByRole('button', { name: 'Create view' }).click();
    await marta.getByRole('heading', { level: 1, name: 'Submitted tickets' }).waitFor();
    await expect.poll(() => ticketRows(marta).count()).toBe(1);
    expect(await ticketRows(marta).first().textContent()).toContain(TITLE);
  });

  it('reads the same screens in Spanish', async () => {
    await luis.getByRole('button', { name: 'Español', exact: true }).click();
    await panel(luis).getByRole('heading', { name: 'Tickets' }).waitFor();
    await panel(luis).getByRole('button', { name: 'Crear ticket' }).click();
    const dialog = luis.getByRole('dialog', { name: 'Crear un ticket' });
    await dialog.getByLabel('Tipo de ticket').waitFor();
    await shootBoth(luis, 'create-form-es', dialog, true);
    await luis.keyboard.press('Escape');

    await luis.goto(`${server.baseUrl}/inbox/all/${ticketId}`);
    const ticket = ticketPanel(luis, 'Ticket n.º 1');
    await ticket.getByText('Resuelto', { exact: true }).first().waitFor();
    await luis
      .getByRole('log')
      .getByText(/Estado cambiado a En curso · Luis Agent/)
      .waitFor();
    expect(await seriousAxeViolations(luis)).toEqual([]);
    await shootBoth(luis, 'ticket-panel-es', ticket, true);

    await marta.goto(`${server.baseUrl}/settings/tickets`);
    await marta.getByRole('button', { name: 'Español', exact: true }).click();
    await marta.getByRole('heading', { name: 'Tipos de ticket' }).waitFor();
    await shootBoth(marta, 'settings-es', marta.getByRole('heading', { name: 'Tipos de ticket' }));
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
