import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

/**
 * Issue 11, point 4 and part of 9: Esc leaves the composer so the next letter is a shortcut; closing and snoozing
 * move on to the next conversation (a preference); close, snooze and "Open now" are in the thread header.
 */
describe('the keyboard cannot misfire, and closing moves on', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let agent: TeammateRow;
  let agentToken: string;
  const names = ['Ana Ruiz', 'Bruno Díaz', 'Carla Gómez', 'Diego Sanz'];
  const ids: Record<string, string> = {};
  const problems: string[] = [];

  const rows = () => page.getByRole('list', { name: 'Conversations' }).getByRole('link');
  const header = () => page.locator('.thread-header');
  const reply = () => page.getByLabel('Reply to the customer');
  const openedId = () => new URL(page.url()).pathname.split('/')[3];
  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => agentToken)(method, path, body);
  const stateOf = async (name: string) => (await callApi('GET', `/conversations/${ids[name]}`)).state;
  /** The list's names, top to bottom. */
  const listOrder = async () =>
    (await rows().locator('.row-contact').allTextContents()).filter((name) => names.includes(name));

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    agent = team.agent;
    agentToken = team.agentToken;
    const admin = apiCaller(server.baseUrl, () => team.adminToken);
    for (const name of names) {
      const contact = await admin('POST', '/contacts', { email: `${name.split(' ')[0]}@example.com`, name });
      const message = await admin('POST', '/conversations', {
        from: { type: 'user', id: contact.id },
        body: `<p>Hola, soy ${name}.</p>`,
      });
      ids[name] = message.conversation_id;
    }
    browser = await launchBrowser();
    page = await signInPage(browser, server.baseUrl, agent.email, problems, { consoleErrors: true });
    await page.goto(`${server.baseUrl}/inbox/all`);
    await rows().filter({ hasText: 'Diego Sanz' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('r, type, Esc, Enter, c: Esc leaves the composer, Enter sends nothing, c closes and moves on below', async () => {
    const [first = '', second = ''] = await listOrder();
    await rows().filter({ hasText: first }).click();
    await page.getByRole('heading', { level: 2, name: first }).waitFor();

    await page.keyboard.press('r');
    await expect.poll(() => reply().evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('Te escribo en un momento');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('thread-title');
    await page.keyboard.press('Enter');
    await page.keyboard.press('c');

    await page.waitForURL(`**/inbox/all/${ids[second]}`);
    await page.getByRole('heading', { level: 2, name: second }).waitFor();
    expect(await stateOf(first)).toBe('closed');
    const parts = (await callApi('GET', `/conversations/${ids[first]}`)).conversation_parts.conversation_parts;
    expect(parts.filter((part: { part_type: string }) => part.part_type === 'comment')).toEqual([]);
    // The reply stays a draft of the conversation just closed: nothing was typed into it or sent.
    expect((await callApi('GET', `/conversations/${ids[first]}/draft`)).reply).toBe('Te escribo en un momento');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('thread-title');
    expect(await reply().inputValue()).toBe('');
  });

  it('snoozes from the header menu with z and moves on', async () => {
    const order = await listOrder();
    const current = names.find((name) => ids[name] === openedId()) ?? '';
    const next = order[order.indexOf(current) + 1] ?? order[order.indexOf(current) - 1] ?? '';
    await page.keyboard.press('z');
    const menu = page.locator('.snooze-panel');
    await expect.poll(() => menu.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
    await saveScreenshot(page, 'keyboard-flow-snooze-menu');
    await menu.getByRole('button', { name: /^Tomorrow/ }).press('Enter');
    await page.waitForURL(`**/inbox/all/${ids[next]}`);
    expect(await stateOf(current)).toBe('snoozed');
  });

  it('closes the last one in the list with the header button and moves on to the one above', async () => {
    await expect.poll(listOrder).toHaveLength(2);
    const [above = '', last = ''] = await listOrder();
    await rows().filter({ hasText: last }).click();
    await page.getByRole('heading', { level: 2, name: last }).waitFor();
    await header().getByRole('button', { name: 'Close', exact: true }).click();
    await page.waitForURL(`**/inbox/all/${ids[above]}`);
    await page.getByRole('heading', { level: 2, name: above }).waitFor();
  });

  it('shows the empty inbox when the last conversation is closed', async () => {
    await header().getByRole('button', { name: 'Close', exact: true }).click();
    await page.waitForURL('**/inbox/all');
    await page.getByText('No conversation open').waitFor();
  });

  it('offers "Open now" on a snoozed conversation in the header, and stays on it', async () => {
    await page.getByRole('button', { name: 'Snoozed', exact: true }).click();
    const snoozed = rows().first();
    await snoozed.click();
    await header().getByText('Snoozed', { exact: true }).waitFor();
    await saveScreenshot(page, 'keyboard-flow-header-snoozed');
    const url = page.url();
    await header().getByRole('button', { name: 'Open now' }).click();
    await header().getByText('Open', { exact: true }).waitFor();
    expect(page.url()).toBe(url);
    await header().getByRole('button', { name: 'Snooze', exact: true }).waitFor();
    await saveScreenshot(page, 'keyboard-flow-header-open');
  });

  it('stays on the closed conversation when the teammate turned moving on off', async () => {
    await callApi('PUT', '/me/preferences', { move_on_after_close: false });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => rows().count()).toBeGreaterThan(0);
    await rows().first().click();
    await page.waitForURL(/\/inbox\/all\/\d+$/);
    const url = page.url();
    await page.locator('#thread-title').focus();
    await page.keyboard.press('c');
    await header().getByRole('button', { name: 'Reopen', exact: true }).waitFor();
    expect(page.url()).toBe(url);
  });

  it('ran without script errors', () => {
    expect(problems).toEqual([]);
  });
});
