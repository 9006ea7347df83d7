import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { insertBulkConversations } from '../test/bulk-conversations.ts';
import { buildTeamWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';

describe('an agent works a long list from the keyboard', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let agent: TeammateRow;
  const scriptProblems: string[] = [];

  const list = () => page.getByRole('list', { name: 'Conversations' });
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    await insertBulkConversations(server.db, team.workspace.id, 400);
    agent = team.agent;
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => scriptProblems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('mounts only the rows in sight and loads the next page on scrolling to the end', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(agent.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/inbox/you');
    await page.goto(`${server.baseUrl}/inbox/unassigned`);
    await list()
      .getByRole('link', { name: /^Cliente 1(?!\d)/ })
      .waitFor();
    expect(await list().getByRole('listitem').count()).toBeLessThan(40);

    await page.locator('.conversation-rows').evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await list()
      .getByRole('link', { name: /^Cliente 55(?!\d)/ })
      .waitFor();
    expect(await list().getByRole('listitem').count()).toBeLessThan(40);
    await page.locator('.conversation-rows').evaluate((box) => box.scrollTo(0, 0));
    await saveScreenshot(page, 'inbox-long-list');
  });

  it('moves through the rows with j/k and the arrows, and opens one with Enter', async () => {
    await page.keyboard.press('j');
    expect(await focusedText()).toMatch(/^Cliente 1(?!\d)/);
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toMatch(/^Cliente 3(?!\d)/);
    await page.keyboard.press('k');
    expect(await focusedText()).toMatch(/^Cliente 2(?!\d)/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/inbox\/unassigned\/\d+$/);
  });

  it('writes a note with n without the typed keys acting as shortcuts', async () => {
    await page.getByLabel('Reply to the customer').waitFor();
    await page.keyboard.press('n');
    const note = page.getByLabel('Internal note for teammates');
    await expect.poll(() => note.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('c j');
    expect(await note.inputValue()).toBe('c j');
    await note.fill('');
  });

  it('assigns to me with a, and closes with c, moving on to the next conversation', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('a');
    await page.getByText(`${agent.name} assigned this to themselves`).waitFor();
    const closing = new URL(page.url()).pathname;
    await page.keyboard.press('c');
    await page.waitForURL((url) => url.pathname !== closing && /^\/inbox\/unassigned\/\d+$/.test(url.pathname));
  });

  it('lists every shortcut under ?, in a dialog that keeps focus and closes on Esc', async () => {
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await sheet.getByText('Assign to me').waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await saveScreenshot(page, 'shortcuts-sheet');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
  });

  it('goes to views with g then u, i, m and a', async () => {
    await page.keyboard.press('g');
    await page.keyboard.press('u');
    await page.getByRole('heading', { level: 1, name: 'Unassigned' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('a');
    await page.getByRole('heading', { level: 1, name: 'All' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('i');
    await page.getByRole('heading', { level: 1, name: 'Your inbox' }).waitFor();
  });

  it('shows the sheet in Spanish', async () => {
    await page.getByRole('button', { name: 'Español', exact: true }).click();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Atajos de teclado' }).getByText('Asignarme la conversación').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English', exact: true }).click();
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
