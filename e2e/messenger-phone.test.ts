import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from './browser.ts';
import {
  assertMessengerBuilt,
  eventually,
  type HostSite,
  isFrameShown,
  launcher,
  type MessengerServer,
  messengerFrame,
  openHostPage,
  seriousAxeViolationsIn,
  startHostSite,
  startMessengerServer,
} from './messenger-helpers.ts';

const PHONE = { width: 390, height: 844 };

/**
 * On a 390×844 phone: while closed, the messenger takes no focus and leaves the page scrolling as before;
 * open, it fills the screen, its text fields are at least 16 px (no zoom on focus), and closing it gives the
 * page back as it was.
 */
describe('the messenger on a phone', () => {
  let server: MessengerServer;
  let site: HostSite;
  let browser: Browser;
  let page: Page;
  let frame: Frame;
  const problems: string[] = [];
  const frameFocus = () => frame.evaluate(() => [document.hasFocus(), document.activeElement?.tagName ?? null]);

  beforeAll(async () => {
    assertMessengerBuilt();
    server = await startMessengerServer({ identityVerification: false, workspaceName: 'Acme Support' });
    site = await startHostSite();
    const paragraphs = Array.from({ length: 40 }, (_, index) => `<p>Product ${index + 1}: a fine thing.</p>`).join('');
    site.setPage('/', {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Phone shop</title>
<script src="/settings.js"></script>
<script src="${server.baseUrl}/messenger/loader.js" data-app-id="${server.workspaceId}" async></script>
</head><body><h1>Phone shop</h1><input id="search" aria-label="Search">${paragraphs}</body></html>`,
    });
    site.setPage('/settings.js', {
      type: 'text/javascript',
      body: `window.charlaSettings = { app_id: '${server.workspaceId}', language_override: 'en', alignment: 'left' };`,
    });
    browser = await launchBrowser();
    ({ page } = await openHostPage(browser, `${site.origin}/`, problems, {
      locale: 'es-ES',
      viewport: PHONE,
      isMobile: true,
    }));
    frame = await messengerFrame(page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  it('while closed, takes no focus and lets the page scroll', async () => {
    await launcher(page).waitFor();
    // language_override wins over the Spanish browser.
    expect(await launcher(page).getAttribute('aria-label')).toBe('Open the chat');
    const box = await launcher(page).boundingBox();
    expect(Math.round(box?.x ?? 0)).toBe(20);
    expect(await isFrameShown(page)).toBe(false);
    expect(await frameFocus()).toEqual([false, 'BODY']);

    await page.locator('#search').click();
    for (let press = 0; press < 4; press++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
    expect(await frameFocus()).toEqual([false, 'BODY']);

    await page.mouse.wheel(0, 600);
    await eventually(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await saveScreenshot(page, 'messenger-7-phone-closed');
  });

  it('opens full screen over the page, on Home', async () => {
    await launcher(page).click();
    await eventually(() => isFrameShown(page)).toBe(true);
    await frame.getByRole('button', { name: /Send us a message/ }).waitFor();
    await eventually(() => page.locator('iframe.charla-frame').boundingBox()).toEqual({
      x: 0,
      y: 0,
      width: PHONE.width,
      height: PHONE.height,
    });
    expect(await launcher(page).isVisible()).toBe(false);
    expect(await seriousAxeViolationsIn(frame)).toEqual([]);
    await page.screenshot({ path: 'artifacts/screenshots/messenger-8-phone-home-en.png' });
  });

  it('has text fields of 16 px or more, and the composer takes focus only now that it is open', async () => {
    await frame.getByRole('button', { name: /Send us a message/ }).click();
    const composer = frame.getByLabel('Write a message');
    await composer.waitFor();
    const fontSizes = await frame.evaluate(() =>
      [...document.querySelectorAll('input, textarea, select')].map((field) =>
        Number.parseFloat(getComputedStyle(field).fontSize),
      ),
    );
    expect(fontSizes.length).toBeGreaterThan(0);
    for (const size of fontSizes) expect(size).toBeGreaterThanOrEqual(16);
    await eventually(() => frameFocus()).toEqual([true, 'TEXTAREA']);
    await composer.fill('Do you ship to Mallorca?');
    await composer.press('Enter');
    await frame.locator('.from-customer .bubble').filter({ hasText: 'Mallorca' }).waitFor();
    expect(await seriousAxeViolationsIn(frame)).toEqual([]);
    await page.screenshot({ path: 'artifacts/screenshots/messenger-9-phone-thread-en.png' });
  });

  it('closes from its own button and gives the page back, scroll position and all', async () => {
    const scrolled = await page.evaluate(() => window.scrollY);
    await frame.getByRole('button', { name: 'Close the messenger' }).click();
    await eventually(() => isFrameShown(page)).toBe(false);
    await launcher(page).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('visible');
    await page.mouse.wheel(0, -300);
    await eventually(() => page.evaluate(() => window.scrollY)).toBeLessThan(scrolled);
    expect(await frameFocus()).toEqual([false, 'BODY']);
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
