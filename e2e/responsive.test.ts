import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { bulkContactName, insertBulkConversations } from '../test/bulk-conversations.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { seriousAxeViolations } from './axe.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

/**
 * What is wider than the window: the page itself, or any box that scrolls sideways or sticks out past the right
 * edge. The settings tabs are the one row meant to scroll sideways on a phone.
 */
function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement;
    if (root && root.scrollWidth > window.innerWidth) found.push(`the page is ${root.scrollWidth}px wide`);
    const describe = (element: Element) => `${element.tagName.toLowerCase()}.${element.className}`;
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('.tabs ul, .visually-hidden, dialog:not([open])')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const scrollsSideways = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrollsSideways && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${describe(element)} scrolls sideways (${element.scrollWidth} > ${element.clientWidth})`);
      }
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1) {
        found.push(`${describe(element)} ends at ${Math.round(box.right)}px`);
      }
    }
    return found.slice(0, 10);
  });
}

/** Waits for the element's animations (a panel sliding in) to end, so boxes are measured where they stay. */
const hasSettled = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));

/** Whether the keyboard focus is inside the element matching `selector`. */
const focusIsIn = (page: Page, selector: string) =>
  page.evaluate((inside) => document.activeElement?.closest(inside) !== null, selector);

describe('the inbox at any screen width', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: TeammateRow;
  let conversationId: string;
  const problems: string[] = [];

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    await insertBulkConversations(server.db, team.workspace.id, 40);
    // Priority adds a second badge to the thread header: the tightest header a phone has to fit.
    await server.db
      .updateTable('conversations')
      .set({ priority: true })
      .where('workspace_id', '=', team.workspace.id)
      .execute();
    admin = team.admin;
    const callApi = apiCaller(server.baseUrl, () => team.adminToken);
    const contact = await callApi('POST', '/contacts', { email: 'maria@example.com', name: 'María García' });
    const message = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contact.id },
      body: '<p>Hola, no puedo entrar a mi cuenta desde el móvil.</p>',
    });
    conversationId = message.conversation_id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openAt(width: number, height: number): Promise<Page> {
    const page = await signInPage(browser, server.baseUrl, admin.email, problems, {
      consoleErrors: true,
      bypassCSP: true,
      timeoutMs: 10_000,
    });
    await page.setViewportSize({ width, height });
    return page;
  }

  const rowsBox = (page: Page) => page.locator('.conversation-rows');
  const list = (page: Page) => page.getByRole('list', { name: 'Conversations' });
  const thread = (page: Page) => page.getByRole('region', { name: 'María García' });
  const details = (page: Page) => page.getByRole('complementary', { name: 'Conversation details' });

  it('at 1440 px shows the rail, the list, the thread and the details side by side', async () => {
    const page = await openAt(1440, 900);
    await page.goto(`${server.baseUrl}/inbox/all/${conversationId}`);
    await page.getByLabel('Reply to the customer').waitFor();
    await details(page).waitFor();
    const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    const rows = await list(page).boundingBox();
    const conversation = await thread(page).boundingBox();
    const panel = await details(page).boundingBox();
    if (!nav || !rows || !conversation || !panel) throw new Error('a pane is not on screen');
    expect(nav.x).toBeLessThan(rows.x);
    expect(rows.x).toBeLessThan(conversation.x);
    expect(conversation.x + conversation.width).toBeLessThanOrEqual(panel.x + 1);
    expect(conversation.width).toBeGreaterThan(500);
    expect(await page.getByRole('button', { name: 'Details' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Menu', exact: true }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toEqual([]);
    await saveScreenshot(page, 'layout-1440-thread');
    await page.context().close();
  });

  // Each width opens its own conversation from the list scrolled down (rows from 1,200 px are drawn).
  describe.each([
    { width: 800, height: 1000, customer: bulkContactName(15) },
    { width: 390, height: 844, customer: bulkContactName(16) },
  ])('at $width px', ({ width, height, customer }) => {
    let page: Page;
    let listScroll: number;

    beforeAll(async () => {
      page = await openAt(width, height);
    });

    afterAll(async () => {
      await page?.context().close();
    });

    it('shows the list alone under a top bar, the nav folded behind its menu button', async () => {
      await page.goto(`${server.baseUrl}/inbox/all`);
      await list(page).getByRole('link').first().waitFor();
      await page.getByRole('button', { name: 'Menu', exact: true }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
      const box = await list(page).boundingBox();
      expect(box?.width).toBeGreaterThan(width - 40);
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `layout-${width}-list`);
    });

    it('opens a conversation in place of the list, full width, with the composer on screen', async () => {
      await rowsBox(page).evaluate((box) => box.scrollTo(0, 1200));
      await list(page)
        .getByRole('link', { name: new RegExp(`${customer}\\b`) })
        .click();
      await page.getByLabel('Reply to the customer').waitFor();
      listScroll = await rowsBox(page).evaluate((box) => box.scrollTop);
      expect(listScroll).toBeGreaterThan(500);
      expect(await list(page).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Menu', exact: true }).isVisible()).toBe(false);
      const composer = await page.locator('.composer').boundingBox();
      const send = await page.getByRole('button', { name: 'Send', exact: true }).boundingBox();
      if (!composer || !send) throw new Error('no composer');
      expect(composer.y + composer.height).toBeLessThanOrEqual(height);
      expect(send.x + send.width).toBeLessThanOrEqual(width);
      expect(send.height).toBeGreaterThanOrEqual(40);
      // The header keeps the name readable and every button on screen (its badges may take a second row).
      const title = await page.locator('#thread-title').boundingBox();
      const header = await page.locator('.thread-header').boundingBox();
      if (!title || !header) throw new Error('no thread header');
      expect(title.width).toBeGreaterThan(90);
      for (const button of await page.locator('.thread-header button').all()) {
        const box = await button.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(header.x + header.width);
      }
      expect(await horizontalOverflow(page)).toEqual([]);
    });

    it('opens the details as a panel from the thread header; Esc closes it and gives the focus back', async () => {
      const button = page.getByRole('button', { name: 'Details' });
      expect(await details(page).isVisible()).toBe(false);
      await button.click();
      const panel = page.getByRole('dialog', { name: 'Details' });
      await panel.waitFor();
      await panel.getByText('Tags', { exact: true }).waitFor();
      await hasSettled(page, 'dialog.details-dialog');
      expect(await focusIsIn(page, 'dialog.details-dialog')).toBe(true);
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `layout-${width}-details`);

      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

      await button.click();
      await panel.getByRole('button', { name: 'Close details' }).click();
      await panel.waitFor({ state: 'hidden' });
    });

    it('goes back to the list with the back button, scrolled where it was, the conversation marked', async () => {
      await page.getByRole('link', { name: 'Back to conversations' }).click();
      await page.waitForURL('**/inbox/all');
      await list(page).waitFor();
      expect(await rowsBox(page).evaluate((box) => box.scrollTop)).toBe(listScroll);
      const opened = list(page).getByRole('link', { name: new RegExp(`${customer}\\b`) });
      expect(await opened.getAttribute('aria-current')).toBe('page');
      expect(await opened.evaluate((element) => element === document.activeElement)).toBe(true);
    });

    it("follows the browser's back and forward buttons between the list and the thread", async () => {
      await page.goForward();
      await page.waitForURL(/\/inbox\/all\/\d+$/);
      await page.getByLabel('Reply to the customer').waitFor();
      expect(await list(page).isVisible()).toBe(false);
      await page.goBack();
      await page.waitForURL('**/inbox/all');
      await list(page).waitFor();
      expect(await page.getByLabel('Reply to the customer').count()).toBe(0);
    });

    it('replies from the phone-sized composer, then goes back to the list', async () => {
      await rowsBox(page).evaluate((box) => box.scrollTo(0, 0));
      await list(page)
        .getByRole('link', { name: /María García/ })
        .click();
      const composer = page.getByLabel('Reply to the customer');
      await composer.fill(`Hola María, te escribo desde ${width} px.`);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page
        .locator('.part.from-teammate')
        .filter({ hasText: `desde ${width} px` })
        .waitFor();
      expect(await composer.inputValue()).toBe('');
      await page.getByRole('link', { name: 'Back to conversations' }).click();
      await list(page).waitFor();
    });

    it('opens the nav as a drawer that holds the focus, closes on Esc and gives the focus back', async () => {
      const menu = page.getByRole('button', { name: 'Menu', exact: true });
      await menu.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name: 'Menu' });
      await drawer.getByRole('navigation', { name: 'Main' }).waitFor();
      await hasSettled(page, 'dialog.nav-drawer');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `layout-${width}-menu`);
      for (let step = 0; step < 25; step++) {
        await page.keyboard.press('Tab');
        const isKeptInside = await page.evaluate(
          () => document.activeElement === document.body || document.activeElement?.closest('dialog[open]') !== null,
        );
        expect(isKeptInside).toBe(true);
      }
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      expect(await menu.evaluate((element) => element === document.activeElement)).toBe(true);
    });

    it('closes the drawer after going somewhere from it', async () => {
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      const drawer = page.getByRole('dialog', { name: 'Menu' });
      await drawer.getByRole('link', { name: 'Settings' }).click();
      await page.waitForURL('**/settings/profile');
      await drawer.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    });

    it('fits the settings pages and team status without sideways scrolling', async () => {
      for (const path of [
        '/settings/profile',
        '/settings/teammates',
        '/settings/teams',
        '/settings/assignment',
        '/settings/saved-replies',
        '/settings/tickets',
        '/settings/messenger',
        '/settings/workflows',
        '/settings/tokens',
        '/settings/webhooks',
        '/settings/jira',
        '/team-status',
      ]) {
        await page.goto(`${server.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await expect.poll(() => page.locator('.loading').count()).toBe(0);
        expect(await horizontalOverflow(page), path).toEqual([]);
      }
      await page.goto(`${server.baseUrl}/settings/teammates`);
      await page.getByRole('cell', { name: admin.email }).waitFor();
      expect(await horizontalOverflow(page)).toEqual([]);
      await saveScreenshot(page, `layout-${width}-teammates`);
      expect(problems).toEqual([]);
    });
  });

  it('is installable: a served manifest with icons that load, linked from the page', async () => {
    const page = await openAt(390, 844);
    const head = await page.evaluate(() => ({
      manifest: document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href,
      appleIcon: document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]')?.href,
      themeColor: document.querySelector<HTMLMetaElement>('meta[name="theme-color"]')?.content,
      viewport: document.querySelector<HTMLMetaElement>('meta[name="viewport"]')?.content,
      frameHeight: document.querySelector('.app-frame')?.getBoundingClientRect().height,
      windowHeight: window.innerHeight,
    }));
    expect(head.manifest).toBe(`${server.baseUrl}/manifest.webmanifest`);
    expect(head.themeColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(head.viewport).toContain('interactive-widget=resizes-content');
    expect(head.frameHeight).toBe(head.windowHeight);

    const response = await fetch(`${server.baseUrl}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      name: 'Charla',
      short_name: 'Charla',
      start_url: '/inbox/you',
      display: 'standalone',
      theme_color: head.themeColor,
    });
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const pngs = (manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[]).filter(
      (icon) => icon.type === 'image/png',
    );
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);

    const icons = [...pngs.map((icon) => ({ src: icon.src, sizes: icon.sizes })), { src: head.appleIcon, sizes: '' }];
    for (const { src, sizes } of icons) {
      const size = await page.evaluate(async (url) => {
        const image = new Image();
        image.src = url ?? '';
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, src);
      if (sizes) expect(size, src).toBe(sizes);
      else expect(size, src).toBe('180x180');
    }
    await page.context().close();
  });
});
