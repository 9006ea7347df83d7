import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { insertBulkConversations } from '../test/bulk-conversations.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { signInPage } from './session.ts';

describe('a manager builds a shared view from the rail', () => {
  let server: RunningServer;
  let browser: Browser;
  let manager: Page;
  let agent: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  const scriptProblems: string[] = [];

  const nav = (page: Page) => page.getByRole('navigation', { name: /^(Main|Principal)$/ });
  const countOf = (page: Page, view: string) =>
    nav(page).getByRole('link', { name: view, exact: true }).locator('.nav-count').getAttribute('data-count');

  const signIn = (teammate: TeammateRow) => signInPage(browser, server.baseUrl, teammate.email, scriptProblems);

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    await insertBulkConversations(server.db, team.workspace.id, 5);
    await sql`UPDATE conversations SET priority = true WHERE workspace_id = ${team.workspace.id}
      AND id IN (SELECT id FROM conversations WHERE workspace_id = ${team.workspace.id} ORDER BY id LIMIT 2)`.execute(
      server.db,
    );
    browser = await launchBrowser();
    manager = await signIn(team.manager);
    agent = await signIn(team.agent);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the New view dialog, which Esc closes', async () => {
    await nav(manager).getByRole('button', { name: 'New view' }).click();
    const dialog = manager.getByRole('dialog', { name: 'New view' });
    await dialog.getByLabel('Name').waitFor();
    expect(await dialog.getByLabel('Name').evaluate((input) => input === document.activeElement)).toBe(true);
    await manager.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('creates a shared view of unassigned priority conversations and opens it with its count', async () => {
    await nav(manager).getByRole('button', { name: 'New view' }).click();
    const dialog = manager.getByRole('dialog', { name: 'New view' });
    await dialog.getByLabel('Name').fill('Urgent unassigned');
    await dialog.getByLabel('Share with the whole team').check();
    await dialog.getByLabel('Assignee').selectOption('nobody');
    await dialog.getByLabel('Priority', { exact: true }).selectOption('priority');
    await dialog.getByLabel('Sort conversations').selectOption('waiting_longest');
    await saveScreenshot(manager, 'new-view-dialog');
    await dialog.getByRole('button', { name: 'Create view' }).click();

    await manager.getByRole('heading', { level: 1, name: 'Urgent unassigned' }).waitFor();
    await expect.poll(() => countOf(manager, 'Urgent unassigned')).toBe('2');
    const rows = manager.getByRole('list', { name: 'Conversations' }).getByRole('link');
    await expect.poll(() => rows.count()).toBe(2);
    await saveScreenshot(manager, 'new-view-created');
  });

  it('shows the shared view to the agent live, with its count', async () => {
    await expect.poll(() => countOf(agent, 'Urgent unassigned')).toBe('2');
  });

  it('offers an agent only a private view, in Spanish too', async () => {
    await agent.getByRole('button', { name: 'Español', exact: true }).click();
    await nav(agent).getByRole('button', { name: 'Nueva vista' }).click();
    const dialog = agent.getByRole('dialog', { name: 'Nueva vista' });
    await dialog.getByText('Solo tú verás esta vista.').waitFor();
    expect(await dialog.getByLabel('Compartir con todo el equipo').count()).toBe(0);
    await dialog.getByLabel('Nombre').fill('Mis prioritarias');
    await dialog.getByLabel('Asignada a').selectOption('me');
    await dialog.getByRole('button', { name: 'Crear vista' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Mis prioritarias' }).waitFor();
    await expect.poll(() => countOf(agent, 'Mis prioritarias')).toBe('0');
    expect(await nav(manager).getByRole('link', { name: 'Mis prioritarias' }).count()).toBe(0);
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
