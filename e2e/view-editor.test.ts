import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { insertBulkConversations } from '../test/bulk-conversations.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { signInPage } from './session.ts';

describe('teammates fix their views: edit, delete, hide, reorder, team inboxes', () => {
  let server: RunningServer;
  let browser: Browser;
  let manager: Page;
  let agent: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  const scriptProblems: string[] = [];

  const nav = (page: Page) => page.getByRole('navigation', { name: /^(Main|Principal)$/ });
  const navLink = (page: Page, name: string) => nav(page).getByRole('link', { name, exact: true });
  const countOf = (page: Page, view: string) => navLink(page, view).locator('.nav-count').getAttribute('data-count');
  const navViewNames = (page: Page) =>
    nav(page).getByRole('list', { name: 'Views', exact: true }).locator('.nav-label').allTextContents();
  const savedView = (name: string) =>
    server.db
      .selectFrom('views')
      .select(['id', 'name', 'filters', 'position'])
      .where('workspace_id', '=', team.workspace.id)
      .where('name', '=', name)
      .executeTakeFirst();
  const signIn = (teammate: TeammateRow) => signInPage(browser, server.baseUrl, teammate.email, scriptProblems);

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    const ws = team.workspace.id;
    await insertBulkConversations(server.db, ws, 5);
    const billing = await server.db
      .insertInto('teams')
      .values({ workspace_id: ws, name: 'Facturación', assignment_limit: null, rotation_last_teammate_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await server.db
      .insertInto('team_members')
      .values([team.agent, team.manager].map((m) => ({ workspace_id: ws, team_id: billing.id, teammate_id: m.id })))
      .execute();
    await sql`UPDATE conversations SET team_assignee_id = ${billing.id} WHERE workspace_id = ${ws}
      AND id IN (SELECT id FROM conversations WHERE workspace_id = ${ws} ORDER BY id LIMIT 2)`.execute(server.db);
    await sql`UPDATE conversations SET admin_assignee_id = ${team.agent.id} WHERE workspace_id = ${ws}
      AND id IN (SELECT id FROM conversations WHERE workspace_id = ${ws} ORDER BY id DESC LIMIT 1)`.execute(server.db);
    await server.db
      .insertInto('views')
      .values([
        { workspace_id: ws, name: 'Cola', owner_id: null, filters: JSON.stringify({ states: ['open'] }), position: 1 },
        { workspace_id: ws, name: 'Segunda', owner_id: null, filters: JSON.stringify({}), position: 2 },
      ])
      .execute();
    browser = await launchBrowser();
    manager = await signIn(team.manager);
    agent = await signIn(team.agent);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the teammate’s team inboxes in the nav with their counts, and opens one', async () => {
    await expect.poll(() => countOf(manager, 'Facturación')).toBe('2');
    await expect.poll(() => countOf(agent, 'Facturación')).toBe('2');
    await navLink(manager, 'Facturación').click();
    await manager.getByRole('heading', { level: 1, name: 'Facturación' }).waitFor();
    const rows = manager.getByRole('list', { name: 'Conversations' }).getByRole('link');
    await expect.poll(() => rows.count()).toBe(2);
    await saveScreenshot(manager, 'view-editor-team-inbox-nav');
    await manager.getByRole('button', { name: 'Snoozed', exact: true }).click();
    await expect.poll(() => rows.count()).toBe(0);
  });

  it('refuses a view with no state ticked, then saves a rename on a named teammate', async () => {
    await navLink(manager, 'Cola').click();
    await manager.getByRole('heading', { level: 1, name: 'Cola' }).waitFor();
    await manager.getByRole('button', { name: 'Edit view' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Edit view' });
    await expect.poll(() => dialog.getByLabel('Name').inputValue()).toBe('Cola');
    await dialog.getByLabel('Open', { exact: true }).uncheck();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByText('Choose at least one state').waitFor();
    expect((await savedView('Cola'))?.filters).toEqual({ states: ['open'] });

    await dialog.getByLabel('Open', { exact: true }).check();
    await dialog.getByLabel('Snoozed', { exact: true }).check();
    await dialog.getByLabel('Name').fill('De Luis');
    await dialog.getByLabel('Assignee').selectOption('teammates');
    await dialog.getByLabel('Luis Agent').check();
    await dialog.getByLabel('Sort conversations').selectOption('oldest');
    await saveScreenshot(manager, 'view-editor-edit-dialog');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await manager.getByRole('heading', { level: 1, name: 'De Luis' }).waitFor();
    await expect
      .poll(async () => (await savedView('De Luis'))?.filters)
      .toEqual({
        states: ['open', 'snoozed'],
        assignee: { admin_ids: [String(team.agent.id)] },
      });
    await expect.poll(() => countOf(manager, 'De Luis')).toBe('1');
    await expect.poll(() => countOf(agent, 'De Luis')).toBe('1');
  });

  it('offers the state switch on a saved view and remembers the sort, naming the time column', async () => {
    const states = manager.getByRole('group', { name: 'Show conversations that are' });
    expect(await states.getByRole('button').allTextContents()).toEqual(['Open', 'Snoozed']);
    const header = manager.locator('.list-time-column');
    await manager.getByLabel('Sort conversations').selectOption('waiting_longest');
    await expect.poll(() => header.textContent()).toBe('Waiting since');
    await expect
      .poll(async () => {
        const row = await server.db
          .selectFrom('teammate_preferences')
          .select('preferences')
          .where('teammate_id', '=', team.manager.id)
          .executeTakeFirst();
        return (row?.preferences as { view_sorts?: Record<string, string> } | undefined)?.view_sorts;
      })
      .toMatchObject({ [String((await savedView('De Luis'))?.id)]: 'waiting_longest' });
    await manager.reload();
    await manager.getByRole('heading', { level: 1, name: 'De Luis' }).waitFor();
    await expect.poll(() => manager.getByLabel('Sort conversations').inputValue()).toBe('waiting_longest');
    await manager.getByLabel('Sort conversations').selectOption('newest');
    await expect.poll(() => header.textContent()).toBe('Last activity');
  });

  it('shows an agent no Edit button on a shared view', async () => {
    await navLink(agent, 'De Luis').click();
    await agent.getByRole('heading', { level: 1, name: 'De Luis' }).waitFor();
    expect(await agent.getByRole('button', { name: 'Edit view' }).count()).toBe(0);
  });

  it('reorders shared views from the keyboard and hides one from the nav only for this teammate', async () => {
    await nav(manager).getByRole('button', { name: 'Manage views' }).click();
    const panel = manager.getByRole('dialog', { name: 'Manage views' });
    const down = panel.getByRole('button', { name: 'Move De Luis down' });
    await down.focus();
    await manager.keyboard.press('Enter');
    await expect.poll(() => navViewNames(manager)).toEqual(['Segunda', 'De Luis']);
    await expect.poll(() => navViewNames(agent)).toEqual(['Segunda', 'De Luis']);
    const up = panel.getByRole('button', { name: 'Move De Luis up' });
    await expect.poll(() => up.evaluate((button) => button === document.activeElement)).toBe(true);

    // The tick follows the saved preference, so it changes once the server answered (slow on a busy machine).
    const showSegunda = panel.getByLabel('Show Segunda in the menu');
    await showSegunda.click();
    await expect.poll(() => showSegunda.isChecked(), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => navViewNames(manager)).toEqual(['De Luis']);
    await saveScreenshot(manager, 'view-editor-manage-panel');
    expect(await navViewNames(agent)).toEqual(['Segunda', 'De Luis']);
    await panel.getByRole('link', { name: 'Segunda' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Segunda' }).waitFor();
  });

  it('deletes a view after asking once more', async () => {
    await navLink(manager, 'De Luis').click();
    await manager.getByRole('heading', { level: 1, name: 'De Luis' }).waitFor();
    await manager.getByRole('button', { name: 'Edit view' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Edit view' });
    await dialog.getByRole('button', { name: 'Delete the view De Luis' }).click();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Your inbox' }).waitFor();
    await expect.poll(() => navLink(agent, 'De Luis').count()).toBe(0);
    expect(await savedView('De Luis')).toBeUndefined();
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
