import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

// Busy CI machines: give each step room (the search waits on as-you-type answers from a loaded database).
describe('an agent finds a conversation with the search box', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let wanted: string;
  const problems: string[] = [];

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    const callApi = apiCaller(server.baseUrl, () => team.adminToken);
    const sofia = await callApi('POST', '/contacts', { email: 'sofia@example.com', name: 'Sofía Marín' });
    const pedro = await callApi('POST', '/contacts', { email: 'pedro@example.com', name: 'Pedro Gil' });
    const start = (contact: { id: string }, body: string) =>
      callApi('POST', '/conversations', { from: { type: 'user', id: contact.id }, body });
    await start(pedro, '<p>Mi pedido no ha llegado todavía</p>');
    wanted = (await start(sofia, '<p>Hola, necesito más información sobre la factura de marzo</p>')).conversation_id;
    await start(pedro, '<p>Gracias, ya funciona</p>');
    browser = await launchBrowser();
    page = await signInPage(browser, server.baseUrl, team.agent.email, problems, { consoleErrors: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const dialog = () => page.getByRole('dialog', { name: 'Search conversations and contacts' });
  const box = () => dialog().getByRole('combobox', { name: 'Search conversations and contacts' });

  it('opens with / and finds "información" by typing "informacion", the match marked', async () => {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('/');
    await box().waitFor();
    await dialog().getByText('Find conversations by what was said').waitFor();
    await box().pressSequentially('informacion', { delay: 20 });
    const option = dialog().getByRole('option').filter({ hasText: 'Sofía Marín' });
    await option.waitFor();
    expect(await dialog().getByRole('option').count()).toBe(1);
    expect(await option.locator('mark').allTextContents()).toEqual(['información']);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await saveScreenshot(page, 'search-desktop');
  });

  it('opens the conversation with Enter, in the inbox', async () => {
    await box().press('Enter');
    await expect.poll(() => page.url()).toContain(`/inbox/all/${wanted}`);
    await expect.poll(() => dialog().isVisible()).toBe(false);
    await page
      .getByRole('main')
      .getByText('Hola, necesito más información sobre la factura de marzo')
      .first()
      .waitFor();
  });

  it('moves with the arrows, says when nothing matches, and opens again with Ctrl+K', async () => {
    await page.keyboard.press('Control+k');
    await box().waitFor();
    await box().fill('pedro');
    await dialog().getByRole('option').nth(2).waitFor();
    await box().press('ArrowDown');
    expect(await dialog().getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
    await box().fill('zzzz nada');
    await dialog().getByText('Nothing found for “zzzz nada”').waitFor();
    await box().press('Escape');
    await expect.poll(() => dialog().isVisible()).toBe(false);
    // Esc gives the focus back to where Ctrl+K was pressed, which may be the reply box (a `?` there is text).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet
      .getByRole('row')
      .filter({ hasText: 'Search conversations and contacts' })
      // Each key is its own key cap: "Ctrl" then "K".
      .filter({ has: page.locator('kbd', { hasText: /^Ctrl$/ }) })
      .filter({ has: page.locator('kbd', { hasText: /^K$/i }) })
      .waitFor();
    await page.keyboard.press('Escape');
  });

  it('fits a phone screen, opened from the top bar', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone an open conversation fills the screen; search is on the list's top bar, beside the menu.
    await page.goto(`${server.baseUrl}/inbox/you`);
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^Search/ })
      .click();
    await box().fill('factura');
    await dialog().getByRole('option').first().waitFor();
    const box390 = await dialog().evaluate((element) => element.getBoundingClientRect());
    expect(box390.left).toBeGreaterThanOrEqual(0);
    expect(box390.right).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'search-phone');
    await box().press('Enter');
    await expect.poll(() => page.url()).toContain(`/inbox/all/${wanted}`);
    expect(problems).toEqual([]);
  });
});
