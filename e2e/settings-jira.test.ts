import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { type JiraStandin, startJiraStandin } from '../server/jira-standin/standin.ts';
import { insertContact } from '../test/conversation-factories.ts';
import { buildTeamWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { seriousAxeViolations } from './axe.ts';
import { assertWebBuilt, launchBrowser } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller } from './session.ts';

const SHOTS = '/tmp/shots-jira';

describe('an admin connects Jira in Settings → Jira', () => {
  let standin: JiraStandin;
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  let waitingStateId: string;
  const scriptProblems: string[] = [];

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => team.adminToken)(method, path, body);

  /** Signed in like `signInPage`, with `bypassCSP` so axe-core can be injected. */
  async function signIn(email: string): Promise<Page> {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => scriptProblems.push(error.message));
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/inbox/you');
    return page;
  }

  /** Full-page screenshots at desktop and phone sizes; nothing may overflow sideways. */
  async function shoot(page: Page, name: string): Promise<void> {
    await mkdir(SHOTS, { recursive: true });
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.locator('.jira-form').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} overflows at ${width}`).toBe(
        width,
      );
      // The content pane scrolls on its own: grow the window to show all of it.
      const full = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 0);
      await page.setViewportSize({ width, height: Math.max(height, full) });
      await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true, animations: 'disabled' });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  const rules = () => admin.getByRole('list', { name: 'Rules' }).getByRole('listitem');
  const save = async () => {
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByRole('status').getByText('Saved.').waitFor();
  };
  const testConnection = () => admin.getByRole('button', { name: 'Test connection' }).click();

  beforeAll(async () => {
    assertWebBuilt();
    standin = await startJiraStandin({ port: 0, host: '127.0.0.1' });
    server = await startTestServer();
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    const states: { id: string; category: string }[] = (await callApi('GET', '/ticket_states')).data;
    waitingStateId = states.find((state) => state.category === 'waiting_on_customer')?.id as string;
    browser = await launchBrowser();
    admin = await signIn(team.admin.email);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await standin?.close();
  });

  it('connects to the stand-in, saves, and tests the connection', async () => {
    await admin.goto(`${server.baseUrl}/settings/profile`);
    await admin.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Jira' }).click();
    await admin.waitForURL('**/settings/jira');
    await admin.getByText('Not connected', { exact: true }).waitFor();
    await admin.getByText('Save the connection first', { exact: false }).waitFor();
    expect(await admin.getByLabel('Jira site URL').getAttribute('placeholder')).toBe('https://your-team.atlassian.net');

    await admin.getByLabel('Jira site URL').fill(standin.url);
    await admin.getByLabel('Account email').fill('charla@example.com');
    await admin.getByLabel('API token', { exact: true }).fill('standin-token');
    await admin.getByLabel('Project key').fill('sup');
    expect(await admin.getByLabel('Project key').inputValue()).toBe('SUP');
    expect(await admin.getByLabel('Issue type').inputValue()).toBe('Task');
    await save();
    expect(await callApi('GET', '/integrations/jira')).toMatchObject({
      configured: true,
      site_url: standin.url,
      has_api_token: true,
      project_key: 'SUP',
    });
    await admin.getByText('Stored. Choose Replace to paste a new one.').waitFor();

    await testConnection();
    await admin.getByRole('status').getByText('Connected as Charla Integration · project SUP — Support').waitFor();
    await admin.getByText('Connected', { exact: true }).waitFor();
  });

  it('edits the status map with the keyboard, and keeps it after a reload', async () => {
    await expect.poll(() => rules().count()).toBe(4);
    // The starting map already names "Waiting for customer": remove it and add it back at the top.
    expect(await rules().first().getByLabel('When the Jira status is').inputValue()).toBe('Waiting for customer');
    await admin.getByRole('button', { name: 'Remove rule 1' }).click();
    await expect.poll(() => rules().count()).toBe(3);

    await admin.getByRole('button', { name: 'Add a status rule' }).click();
    const added = rules().nth(3);
    const name = added.getByLabel('When the Jira status is');
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    await admin.keyboard.type('Waiting for customer');
    await added.getByLabel('move the ticket to').selectOption({ label: 'Waiting on customer' });
    await added.getByRole('button', { name: 'Move rule 4 up' }).focus();
    for (let press = 0; press < 3; press++) await admin.keyboard.press('Enter');
    await admin.getByText('Rule moved to position 1.').waitFor();
    expect(await rules().first().getByLabel('When the Jira status is').inputValue()).toBe('Waiting for customer');
    await save();

    await admin.reload();
    await expect.poll(() => rules().count()).toBe(4);
    expect(await rules().first().getByLabel('When the Jira status is').inputValue()).toBe('Waiting for customer');
    expect(await rules().first().getByLabel('move the ticket to').inputValue()).toBe(waitingStateId);
    await admin.getByText('Stored. Choose Replace to paste a new one.').waitFor();
    expect((await callApi('GET', '/integrations/jira')).status_map[0]).toEqual({
      kind: 'status',
      value: 'Waiting for customer',
      ticket_state_id: waitingStateId,
    });
  });

  it('points at a project key Jira would not accept, next to the field, without saving', async () => {
    const key = admin.getByLabel('Project key');
    await key.fill('sup team');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('Use the project key in capital letters, like SUP.').waitFor();
    expect(await key.getAttribute('aria-invalid')).toBe('true');
    expect(await key.evaluate((input) => input === document.activeElement)).toBe(true);
    expect((await callApi('GET', '/integrations/jira')).project_key).toBe('SUP');
    await key.fill('SUP');
  });

  it('shows why Jira refused a wrong token, and connects again with the right one', async () => {
    await admin.getByRole('button', { name: 'Replace the stored API token' }).click();
    await admin.keyboard.type('wrong-token');
    await save();
    await testConnection();
    await admin.getByText('Could not connect: Jira refused the email and API token (401)').waitFor();
    await admin.getByText('Check the account email and the API token.').waitFor();
    await admin.getByText('Connection failed', { exact: true }).waitFor();
    await shoot(admin, 'settings-jira-en-test-failed');

    await admin.getByRole('button', { name: 'Replace the stored API token' }).click();
    await admin.keyboard.type('standin-token');
    await save();
    await testConnection();
    await admin.getByText('Connected as Charla Integration · project SUP — Support').waitFor();
  });

  it('shows the webhook URL and secret with the steps, and rotates the secret', async () => {
    const webhook = admin.getByRole('region', { name: 'Jira webhook' });
    const saved = await callApi('GET', '/integrations/jira');
    expect(await webhook.getByLabel('Webhook URL').inputValue()).toBe(saved.webhook_url);
    const secret = webhook.getByLabel('Webhook secret', { exact: true });
    expect(await secret.getAttribute('type')).toBe('password');
    await webhook.getByRole('button', { name: 'Show' }).click();
    expect(await secret.inputValue()).toBe(saved.webhook_secret);
    await webhook.getByText('“Issue updated” and “Comment created”', { exact: false }).waitFor();
    await webhook.getByText('Last reconciled: not yet').waitFor();

    await webhook.getByRole('button', { name: 'Rotate the Jira webhook secret' }).click();
    await webhook.getByRole('button', { name: 'Confirm' }).click();
    await webhook.getByText('A new secret was created.', { exact: false }).waitFor();
    const rotated = (await callApi('GET', '/integrations/jira')).webhook_secret;
    expect(rotated).not.toBe(saved.webhook_secret);
    await expect.poll(() => secret.inputValue()).toBe(rotated);
  });

  it('warns about linked issues that failed to sync', async () => {
    const contact = await insertContact(server.db, team.workspace.id, { name: 'Lucía Pérez' });
    const types: { id: string; category: string }[] = (await callApi('GET', '/ticket_types')).data;
    const ticket = await callApi('POST', '/tickets', {
      ticket_type_id: types.find((type) => type.category === 'Customer')?.id,
      contacts: [{ id: String(contact.id) }],
      ticket_attributes: { _default_title_: 'El pago falla' },
    });
    await server.db
      .insertInto('jira_links')
      .values({
        workspace_id: team.workspace.id,
        ticket_id: Number(ticket.id),
        issue_key: 'SUP-99',
        sync_state: 'failed',
        last_error: 'Jira answered 500',
        updated_at: new Date(),
      })
      .execute();
    await admin.reload();
    await admin.getByText('1 linked issue failed to sync — open the ticket to retry.').waitFor();
  });

  it('has no serious accessibility problems, at 1440 and 390 px', async () => {
    await admin.getByText('Connected', { exact: true }).waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await shoot(admin, 'settings-jira-en');
  });

  it('reads in Spanish', async () => {
    await admin.getByRole('button', { name: 'Español', exact: true }).click();
    await admin.getByRole('heading', { name: 'Mapa de estados' }).waitFor();
    await admin.getByText('Conectado', { exact: true }).waitFor();
    expect(await rules().count()).toBe(0);
    const reglas = admin.getByRole('list', { name: 'Reglas' }).getByRole('listitem');
    expect(await reglas.first().getByLabel('mover el ticket a').locator('option:checked').textContent()).toBe(
      'Esperando al cliente',
    );
    await admin.getByText('Si ninguna regla coincide, el ticket conserva su estado.').waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await shoot(admin, 'settings-jira-es');
    await admin.getByRole('button', { name: 'English', exact: true }).click();
    await admin.getByRole('heading', { name: 'Status map' }).waitFor();
  });

  it('shows agents how it is set up, read-only, without the secret', async () => {
    const agent = await signIn(team.agent.email);
    await agent.goto(`${server.baseUrl}/settings/profile`);
    const tabs = agent.getByRole('navigation', { name: 'Settings sections' });
    await tabs.getByRole('link', { name: 'Profile' }).waitFor();
    expect(await tabs.getByRole('link', { name: 'Jira' }).count()).toBe(0);
    await agent.goto(`${server.baseUrl}/settings/jira`);
    await agent.getByText('Only admins can change the Jira connection.', { exact: false }).waitFor();
    expect(await agent.getByLabel('Jira site URL').inputValue()).toBe(standin.url);
    expect(await agent.getByLabel('Jira site URL').isDisabled()).toBe(true);
    expect(await agent.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    expect(await agent.getByRole('button', { name: 'Test connection' }).count()).toBe(0);
    await agent.getByText('Only admins can see the webhook secret.').waitFor();
    expect(await agent.getByLabel('Webhook secret').count()).toBe(0);
    expect(await seriousAxeViolations(agent)).toEqual([]);
    await shoot(agent, 'settings-jira-en-agent');
    await agent.context().close();
  });

  it('offers the tab to managers', async () => {
    const manager = await signIn(team.manager.email);
    await manager.goto(`${server.baseUrl}/settings/profile`);
    await manager.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Jira' }).click();
    await manager.getByText('Only admins can change the Jira connection.', { exact: false }).waitFor();
    await manager.context().close();
  });

  it('disconnects after a confirmation', async () => {
    await admin.getByRole('button', { name: 'Disconnect Jira' }).click();
    await admin.getByRole('button', { name: 'Confirm' }).click();
    await admin.getByRole('status').getByText('Jira is disconnected.').waitFor();
    await admin.getByText('Not connected', { exact: true }).waitFor();
    expect(await admin.getByLabel('Jira site URL').inputValue()).toBe('');
    expect(await callApi('GET', '/integrations/jira')).toMatchObject({ configured: false, has_api_token: false });
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
