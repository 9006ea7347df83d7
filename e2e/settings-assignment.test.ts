import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { seriousAxeViolations } from './axe.ts';
import { assertWebBuilt, launchBrowser } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller } from './session.ts';

const SHOTS = '/tmp/shots';

describe('a manager sets up assignment and watches the team status live', () => {
  let server: RunningServer;
  let browser: Browser;
  let manager: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  let support: { id: string };
  let sales: { id: string };
  const scriptProblems: string[] = [];

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => team.adminToken)(method, path, body);

  /** Signed in like `signInPage`, but with `bypassCSP` so axe-core can be injected. */
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

  /** Full-page screenshots at desktop and phone widths, for people to look at; nothing may overflow sideways. */
  async function shoot(page: Page, name: string, waitForContent: () => Promise<void>): Promise<void> {
    await mkdir(SHOTS, { recursive: true });
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await waitForContent();
      // The content pane scrolls on its own at desktop widths: grow the window to show all of it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} overflows at ${width}`).toBe(
        width,
      );
      const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 900);
      await page.setViewportSize({ width, height: Math.max(900, height) });
      await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true, animations: 'disabled' });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  /** Waits for a value that arrives live (a debounced re-read after an event) on a busy machine. */
  const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

  /** The card whose heading is `name` (the signed-in teammate's reads "name (you)"). */
  const card = (page: Page, name: string) =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}( \\(you\\))?$`) }) });

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    support = await callApi('POST', '/teams', {
      name: 'Soporte',
      admin_ids: [String(team.manager.id), String(team.agent.id)],
    });
    sales = await callApi('POST', '/teams', {
      name: 'Ventas',
      admin_ids: [String(team.agent.id)],
      distribution_method: 'manual',
    });
    browser = await launchBrowser();
    manager = await signIn(team.manager.email);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('changes when to assign, the default team and the language fallback, and keeps them after a reload', async () => {
    await manager.goto(`${server.baseUrl}/settings/profile`);
    await manager
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Assignment' })
      .click();
    await manager.waitForURL('**/settings/assignment');
    const trigger = manager.getByRole('group', { name: 'When to assign' });
    expect(await trigger.getByRole('radio', { name: 'When the bot hands off' }).isChecked()).toBe(true);

    await trigger.getByRole('radio', { name: 'As soon as a conversation starts' }).check();
    await manager.getByLabel('Default team').selectOption({ label: 'Soporte' });
    const fallback = manager.getByRole('group', { name: 'When nobody available takes the language' });
    await fallback.getByRole('radio', { name: 'Keep it in the team’s queue' }).check();
    await manager.getByRole('button', { name: 'Save changes' }).click();
    await manager.getByRole('status').getByText('Saved.').waitFor();

    await manager.reload();
    await eventually(() => trigger.getByRole('radio', { name: 'As soon as a conversation starts' }).isChecked()).toBe(
      true,
    );
    expect(await fallback.getByRole('radio', { name: 'Keep it in the team’s queue' }).isChecked()).toBe(true);
    expect(await manager.getByLabel('Default team').inputValue()).toBe(support.id);
    expect(await callApi('GET', '/assignment/settings')).toMatchObject({
      trigger: 'start',
      default_team_id: support.id,
      language_fallback: 'queue',
    });
  });

  it('points at an online window the server would refuse, without saving it', async () => {
    await manager.getByRole('switch', { name: 'Only assign to teammates who are online' }).check();
    const minutes = manager.getByLabel('Online window (minutes)');
    await minutes.fill('0');
    await manager.getByRole('button', { name: 'Save changes' }).click();
    await manager.getByText('Enter a whole number of minutes from 1 to 1440.').waitFor();
    expect(await minutes.getAttribute('aria-invalid')).toBe('true');
    expect(await minutes.evaluate((input) => input === document.activeElement)).toBe(true);
    expect((await callApi('GET', '/assignment/settings')).require_online).toBe(false);

    await minutes.fill('15');
    await manager.getByRole('button', { name: 'Save changes' }).click();
    await manager.getByRole('status').getByText('Saved.').waitFor();
    expect(await callApi('GET', '/assignment/settings')).toMatchObject({ require_online: true, online_minutes: 15 });
  });

  it('has no serious accessibility problems on Settings → Assignment, at 1440 and 390 px', async () => {
    expect(await seriousAxeViolations(manager)).toEqual([]);
    await shoot(manager, 'settings-assignment', () => manager.getByRole('button', { name: 'Save changes' }).waitFor());
    // Back to what the next tests expect: API conversations wait unassigned, and nobody needs to be online.
    await callApi('PUT', '/assignment/settings', { trigger: 'handoff', require_online: false });
  });

  it('sets a team to balanced with a limit of two, and shows which team is the default', async () => {
    await manager.goto(`${server.baseUrl}/settings/teams`);
    const soporte = card(manager, 'Soporte');
    await soporte.getByText('Default team', { exact: true }).waitFor();
    expect(await card(manager, 'Ventas').getByText('Manual', { exact: true }).count()).toBe(1);

    await soporte.getByRole('button', { name: 'Edit Soporte' }).click();
    const editor = manager
      .getByRole('listitem')
      .filter({ has: manager.getByRole('heading', { name: 'Edit Soporte' }) });
    const method = editor.getByRole('group', { name: 'How the team hands out conversations' });
    expect(await method.getByRole('radio', { name: 'Round robin' }).isChecked()).toBe(true);
    await method.getByRole('radio', { name: 'Balanced' }).check();
    await editor.getByLabel('Limit per teammate').fill('2');
    await editor.getByRole('button', { name: 'Save changes' }).click();

    await soporte.getByText('Up to 2 open conversations each').waitFor();
    expect(await soporte.getByText('Balanced', { exact: true }).count()).toBe(1);
    expect(await callApi('GET', `/teams/${support.id}`)).toMatchObject({
      distribution_method: 'balanced',
      assignment_limit: 2,
    });
    expect(await seriousAxeViolations(manager)).toEqual([]);
    await shoot(manager, 'settings-teams', () => soporte.waitFor());
  });

  it('sets the languages teammates take: their own in the profile, anyone’s for an admin', async () => {
    await manager.goto(`${server.baseUrl}/settings/profile`);
    const mine = manager.getByRole('group', { name: 'Languages you take conversations in' });
    await mine.getByRole('checkbox', { name: 'English' }).uncheck();
    expect(await mine.getByRole('checkbox', { name: 'Español' }).isDisabled()).toBe(true);
    await manager.getByRole('button', { name: 'Save changes' }).click();
    await manager.getByRole('status').getByText('Saved.').waitFor();
    expect((await callApi('GET', `/admins/${team.manager.id}`)).languages).toEqual(['es']);
    await shoot(manager, 'settings-profile', () => mine.waitFor());

    const admin = await signIn(team.admin.email);
    await admin.goto(`${server.baseUrl}/settings/teammates`);
    const luis = admin.getByRole('group', { name: 'Languages Luis Agent takes conversations in' });
    await luis.getByRole('checkbox', { name: 'Español' }).uncheck();
    await eventually(async () => (await callApi('GET', `/admins/${team.agent.id}`)).languages).toEqual(['en']);
    await admin.reload();
    await luis.getByRole('checkbox', { name: 'Español', checked: false }).waitFor();
    expect(await luis.getByRole('checkbox', { name: 'English' }).isChecked()).toBe(true);
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await shoot(admin, 'settings-teammates', () => luis.waitFor());
    await admin.context().close();
  });

  it('opens the team status page from the rail and sees away teammates and assignments without a reload', async () => {
    await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team status' }).click();
    await manager.waitForURL('**/team-status');
    const luis = card(manager, 'Luis Agent');
    const marta = card(manager, 'Marta Manager');
    await luis.getByText('Offline · never seen').waitFor();
    await marta.getByText('Online', { exact: true }).waitFor();
    expect(await luis.getByText('Soporte, Ventas').count()).toBe(1);
    expect(await luis.getByText('English', { exact: true }).count()).toBe(1);
    await manager.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    const summary = (label: string) =>
      manager.locator('.summary-tile').filter({ hasText: label }).locator('dd').first().textContent();

    await callApi('PUT', `/admins/${team.agent.id}/away`, { away_mode_enabled: true, away_mode_reassign: false });
    await luis.getByText('Away', { exact: true }).waitFor();
    await eventually(() => summary('Away')).toBe('1');

    const contact = await callApi('POST', '/contacts', { email: 'maria@example.com', name: 'María García' });
    const started = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contact.id },
      body: '<p>Hola, mi pedido no llegó.</p>',
    });
    await eventually(() => summary('No team or teammate')).toBe('1');
    await callApi('POST', `/conversations/${started.conversation_id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      admin_id: String(team.admin.id),
      assignee_id: String(team.manager.id),
    });
    await eventually(() => marta.locator('.fact-number').textContent()).toBe('1');
    await eventually(() => summary('No team or teammate')).toBe('0');

    const other = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contact.id },
      body: '<p>¿Tienen descuentos?</p>',
    });
    await callApi('POST', `/conversations/${other.conversation_id}/parts`, {
      message_type: 'assignment',
      type: 'team',
      admin_id: String(team.admin.id),
      assignee_id: sales.id,
    });
    await card(manager, 'Ventas')
      .getByText(/^1 waiting · oldest /)
      .waitFor();
    expect(await manager.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
  });

  it('lets the manager set a teammate active again, and asks what happens to open conversations on going away', async () => {
    const luis = card(manager, 'Luis Agent');
    await luis.getByRole('button', { name: 'Set active: Luis Agent' }).click();
    await luis.getByText('Active', { exact: true }).waitFor();
    expect((await callApi('GET', `/admins/${team.agent.id}`)).away_mode_enabled).toBe(false);

    const marta = card(manager, 'Marta Manager');
    await marta.getByRole('button', { name: 'Set away: Marta Manager' }).click();
    const question = marta.getByRole('group', { name: 'And Marta Manager’s open conversation?' });
    await question.getByRole('button', { name: 'Keep assigned' }).click();
    await marta.getByText('Away', { exact: true }).waitFor();
    expect(await callApi('GET', `/admins/${team.manager.id}`)).toMatchObject({
      away_mode_enabled: true,
      away_mode_reassign: false,
    });
    expect(await marta.locator('.fact-number').textContent()).toBe('1');
    // The rail's own switch follows: it is the signed-in teammate.
    await manager
      .getByRole('group', { name: 'Your status' })
      .getByRole('button', { name: 'Away', pressed: true })
      .waitFor();
    await marta.getByRole('button', { name: 'Set active: Marta Manager' }).click();
    await marta.getByText('Active', { exact: true }).waitFor();
  });

  it('has no serious accessibility problems on the team status page, at 1440 and 390 px', async () => {
    expect(await seriousAxeViolations(manager)).toEqual([]);
    await shoot(manager, 'team-status', () => card(manager, 'Ventas').waitFor());
  });

  it('gives agents no team status link, no assignment tab, and a 403 from the status API', async () => {
    const agent = await signIn(team.agent.email);
    const rail = agent.getByRole('navigation', { name: 'Main' });
    await rail.getByRole('link', { name: 'Settings' }).waitFor();
    expect(await rail.getByRole('link', { name: 'Team status' }).count()).toBe(0);
    await agent.goto(`${server.baseUrl}/settings/profile`);
    const tabs = agent.getByRole('navigation', { name: 'Settings sections' });
    await tabs.getByRole('link', { name: 'Teams' }).waitFor();
    expect(await tabs.getByRole('link', { name: 'Assignment' }).count()).toBe(0);

    const response = await fetch(`${server.baseUrl}/api/assignment/status`, {
      headers: { authorization: `Bearer ${team.agentToken}` },
    });
    expect(response.status).toBe(403);
    await agent.goto(`${server.baseUrl}/team-status`);
    await agent.getByText('Only managers and admins can see the team status.').waitFor();
    await agent.goto(`${server.baseUrl}/settings/assignment`);
    await agent.getByText('Only managers and admins can change how conversations are assigned.').waitFor();
    expect(await agent.getByRole('radio', { name: 'As soon as a conversation starts' }).isDisabled()).toBe(true);
    await agent.context().close();
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
