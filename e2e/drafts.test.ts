import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

/**
 * Issue 11, points 3, 4 and 9: a reply or note typed and left is there when the agent comes back (another
 * conversation, a reload, another browser) and the list marks it; Esc leaves the composer so the next key is a
 * shortcut; close and snooze sit in the thread header and move on to the next conversation.
 */
describe('drafts survive, and the keyboard cannot misfire', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let agent: TeammateRow;
  let agentToken: string;
  const ids: Record<string, string> = {};
  const problems: string[] = [];

  /** Page loads share two cores with other suites: give polls after a navigation room. */
  const SLOW = { timeout: 10_000 };
  const CUSTOMERS = ['Ana Ruiz', 'Bruno Díaz', 'Carla Gómez', 'Dario Luna', 'Elena Sanz'];
  const HOSTILE = '<b>Hola</b> & <img src=x onerror="window.pwned=1"> Lucía';

  const rows = (on: Page) => on.getByRole('list', { name: 'Conversations' }).getByRole('link');
  const row = (on: Page, name: string) => rows(on).filter({ hasText: name });
  const reply = (on: Page) => on.getByLabel('Reply to the customer');
  const note = (on: Page) => on.getByLabel('Internal note for teammates');
  const header = (on: Page) => on.locator('.thread-header');
  const title = (on: Page) => header(on).getByRole('heading', { level: 2 });
  const openedId = (on: Page) => new URL(on.url()).pathname.split('/').at(-1);
  const isFocused = (field: ReturnType<typeof reply>) =>
    field.evaluate((element) => element === document.activeElement);
  const stateOf = async (name: string) => (await callApi('GET', `/conversations/${ids[name]}`)).state;
  /** The customers of the rows on screen, top to bottom, once the list shows. */
  const listOrder = async (on: Page): Promise<string[]> => {
    await rows(on).first().waitFor();
    const texts = await rows(on).allTextContents();
    return texts.map((text) => CUSTOMERS.find((name) => text.includes(name)) ?? text);
  };
  const open = async (on: Page, name: string) => {
    await row(on, name).click();
    await on.waitForURL(`**/inbox/unassigned/${ids[name]}`);
    await on.getByRole('heading', { level: 2, name }).waitFor();
  };
  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => agentToken)(method, path, body);

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    agent = team.agent;
    agentToken = team.agentToken;
    const admin = apiCaller(server.baseUrl, () => team.adminToken);
    await admin('PUT', '/assignment/settings', { reply_assigns: false });
    for (const name of CUSTOMERS) {
      const contact = await admin('POST', '/contacts', { email: `${name.split(' ')[0]}@example.com`, name });
      const message = await admin('POST', '/conversations', {
        from: { type: 'user', id: contact.id },
        body: `<p>Hola, soy ${name}.</p>`,
      });
      ids[name] = message.conversation_id;
    }
    browser = await launchBrowser();
    page = await signInPage(browser, server.baseUrl, agent.email, problems, { consoleErrors: true });
    await page.goto(`${server.baseUrl}/inbox/unassigned`);
    await row(page, 'Elena Sanz').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps a reply typed and left, as text, and marks its row "Draft"', async () => {
    await open(page, 'Ana Ruiz');
    await reply(page).fill(HOSTILE);
    await page.locator('.composer').getByText('Draft saved').waitFor();
    await row(page, 'Ana Ruiz').getByText('Draft', { exact: true }).waitFor();
    expect(await row(page, 'Bruno Díaz').getByText('Draft', { exact: true }).count()).toBe(0);

    await open(page, 'Bruno Díaz');
    expect(await reply(page).inputValue()).toBe('');
    await open(page, 'Ana Ruiz');
    await expect.poll(() => reply(page).inputValue(), SLOW).toBe(HOSTILE);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    await saveScreenshot(page, 'drafts-list-marker');
  });

  it('keeps the reply and the note apart, and opens on the one written last after a reload', async () => {
    await page.getByRole('button', { name: 'Note', exact: true }).click();
    await note(page).fill('Revisar la factura de marzo');
    await page.locator('.composer').getByText('Draft saved').waitFor();
    await page.getByRole('button', { name: 'Reply', exact: true }).click();
    expect(await reply(page).inputValue()).toBe(HOSTILE);

    await page.getByRole('button', { name: 'Note', exact: true }).click();
    await expect
      .poll(async () => (await callApi('GET', `/conversations/${ids['Ana Ruiz']}/draft`)).note, SLOW)
      .toBe('Revisar la factura de marzo');
    await page.reload();
    await expect.poll(() => note(page).inputValue(), SLOW).toBe('Revisar la factura de marzo');
    await page.getByRole('button', { name: 'Reply', exact: true }).click();
    expect(await reply(page).inputValue()).toBe(HOSTILE);
  });

  it('saves what was typed just before leaving the page', async () => {
    await open(page, 'Carla Gómez');
    await reply(page).fill('Escrito justo antes de irme');
    // No waiting for the pause after typing: leaving the page saves it (pagehide, keepalive).
    await page.goto(`${server.baseUrl}/settings/profile`);
    await expect
      .poll(async () => (await callApi('GET', `/conversations/${ids['Carla Gómez']}/draft`)).reply, SLOW)
      .toBe('Escrito justo antes de irme');
    await page.goto(`${server.baseUrl}/inbox/unassigned/${ids['Carla Gómez']}`);
    await expect.poll(() => reply(page).inputValue(), SLOW).toBe('Escrito justo antes de irme');
    await row(page, 'Carla Gómez').getByText('Draft', { exact: true }).waitFor();
  });

  it('follows the teammate to another browser, and changes there live', async () => {
    const other = await signInPage(browser, server.baseUrl, agent.email, problems, { consoleErrors: true });
    await other.goto(`${server.baseUrl}/inbox/unassigned/${ids['Carla Gómez']}`);
    await expect.poll(() => reply(other).inputValue(), SLOW).toBe('Escrito justo antes de irme');
    await row(other, 'Ana Ruiz').getByText('Draft', { exact: true }).waitFor();

    await reply(page).fill('Escrito justo antes de irme, y algo más');
    await expect.poll(() => reply(other).inputValue(), SLOW).toBe('Escrito justo antes de irme, y algo más');
    await other.context().close();
  });

  it('is gone once sent: the reply leaves the draft, and the row loses its marker', async () => {
    await reply(page).press('Enter');
    await page.locator('.part.from-teammate').filter({ hasText: 'y algo más' }).waitFor();
    expect(await reply(page).inputValue()).toBe('');
    await expect.poll(() => row(page, 'Carla Gómez').getByText('Draft', { exact: true }).count(), SLOW).toBe(0);
    expect((await callApi('GET', `/conversations/${ids['Carla Gómez']}/draft`)).updated_at).toBeNull();

    await page.reload();
    await reply(page).waitFor();
    await page.locator('.part.from-teammate').filter({ hasText: 'y algo más' }).waitFor();
    expect(await reply(page).inputValue()).toBe('');
    expect(await row(page, 'Ana Ruiz').getByText('Draft', { exact: true }).count()).toBe(1);
  });

  it('refuses text the server cannot keep and says the draft is not saved', async () => {
    await open(page, 'Bruno Díaz');
    await reply(page).fill('roto \u0000 aquí');
    await page.locator('.composer').getByText('Draft not saved yet').waitFor();
    expect((await callApi('GET', `/conversations/${ids['Bruno Díaz']}/draft`)).updated_at).toBeNull();
    await reply(page).fill('');
  });

  it('leaves the composer on Esc, so c closes the conversation and is never typed, then moves on below', async () => {
    await page.goto(`${server.baseUrl}/inbox/unassigned`);
    const [, target, below] = await listOrder(page);
    if (!target || !below) throw new Error('three conversations expected');
    await callApi('PUT', `/conversations/${ids[target]}/draft`, { reply: '', note: '' });
    await open(page, target);
    await title(page).focus();
    await page.keyboard.press('r');
    await expect.poll(() => isFocused(reply(page)), SLOW).toBe(true);
    await page.keyboard.type('hola');
    await page.keyboard.press('Escape');
    await expect.poll(() => isFocused(reply(page)), SLOW).toBe(false);
    await page.keyboard.press('c');

    await expect.poll(() => stateOf(target), SLOW).toBe('closed');
    await title(page).filter({ hasText: below }).waitFor();
    expect(openedId(page)).toBe(ids[below]);
    await row(page, target).waitFor({ state: 'detached' });
    // Esc saved what was typed, and the c went to the shortcut, not into the text.
    expect((await callApi('GET', `/conversations/${ids[target]}/draft`)).reply).toBe('hola');
  });

  it('stays on the closed conversation when the teammate does not move on', async () => {
    await callApi('PUT', '/me/preferences', { move_on_after_close: false });
    try {
      await page.reload();
      const [current] = await listOrder(page);
      if (!current) throw new Error('a conversation expected');
      await open(page, current);
      await header(page).getByRole('button', { name: 'Close', exact: true }).click();
      await header(page).getByRole('button', { name: 'Reopen', exact: true }).waitFor();
      expect(openedId(page)).toBe(ids[current]);
      await header(page).getByRole('button', { name: 'Reopen', exact: true }).click();
      await header(page).getByRole('button', { name: 'Close', exact: true }).waitFor();
      expect(await stateOf(current)).toBe('open');
    } finally {
      await callApi('PUT', '/me/preferences', { move_on_after_close: true });
    }
  });

  it('snoozes from the header with z where the details are a panel, moves on above, and opens it with Open now', async () => {
    await page.setViewportSize({ width: 1100, height: 800 });
    try {
      await page.reload();
      const order = await listOrder(page);
      const [above, target] = order.slice(-2);
      if (!target || !above) throw new Error('two conversations expected');
      await open(page, target);
      await title(page).focus();
      await page.keyboard.press('z');
      const laterToday = header(page).getByRole('button', { name: /^Later today/ });
      await expect.poll(() => laterToday.evaluate((button) => button === document.activeElement), SLOW).toBe(true);
      await saveScreenshot(page, 'drafts-thread-header-snooze');
      await page.keyboard.press('Enter');

      // It was the last of the list: on to the one above it.
      await title(page).filter({ hasText: above }).waitFor();
      await expect.poll(() => stateOf(target), SLOW).toBe('snoozed');

      await page.goto(`${server.baseUrl}/inbox/unassigned/${ids[target]}`);
      await title(page).filter({ hasText: target }).waitFor();
      await header(page).getByRole('button', { name: 'Open now', exact: true }).click();
      await header(page).getByRole('button', { name: 'Open now', exact: true }).waitFor({ state: 'detached' });
      expect(openedId(page)).toBe(ids[target]);
      expect(await stateOf(target)).toBe('open');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('shows the empty state after closing the last conversation of the list', async () => {
    await page.goto(`${server.baseUrl}/inbox/unassigned`);
    const [last, ...others] = await listOrder(page);
    if (!last) throw new Error('a conversation expected');
    for (const name of others) await callApi('POST', `/conversations/${ids[name]}/parts`, { message_type: 'close' });
    await expect.poll(() => rows(page).count(), SLOW).toBe(1);
    await open(page, last);
    await title(page).focus();
    await page.keyboard.press('c');
    await page.waitForURL(/\/inbox\/unassigned$/);
    await page.getByText('No conversation open').waitFor();
    expect(await stateOf(last)).toBe('closed');
  });

  it('ran without script errors', () => {
    expect(problems.filter((problem) => !problem.includes('400'))).toEqual([]);
  });
});
