import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import {
  assertMessengerBuilt,
  eventually,
  type HostSite,
  intercomSnippetPage,
  isFrameShown,
  launcher,
  type MessengerServer,
  messengerFrame,
  openHostPage,
  startHostSite,
  startMessengerServer,
} from './messenger-helpers.ts';

type Host = Window & {
  Intercom: ((...args: unknown[]) => unknown) & { charla?: boolean };
  Charla: unknown;
  readyEvents: unknown[];
  snippet: () => void;
};

/**
 * The launcher settings and the smaller commands, on a desktop page: a hidden default launcher with the
 * page's own button opening the messenger, left alignment with paddings, the anonymous visitor's id, events,
 * unknown commands and a second run of the snippet.
 */
describe('the messenger’s settings and commands', () => {
  let server: MessengerServer;
  let site: HostSite;
  let browser: Browser;
  let page: Page;
  let frame: Frame;
  const problems: string[] = [];
  const warnings: string[] = [];
  const boots: string[] = [];
  const intercom = (...args: unknown[]) =>
    page.evaluate((call: unknown[]) => (window as unknown as Host).Intercom(...call), args);

  beforeAll(async () => {
    assertMessengerBuilt();
    server = await startMessengerServer({ identityVerification: false });
    site = await startHostSite();
    const html = intercomSnippetPage(
      server.baseUrl,
      server.workspaceId,
      `window.readyEvents = [];
      window.addEventListener('charla:ready', function (event) { window.readyEvents.push(event.detail); });`,
    ).replace(
      '<script>\n(function(){',
      `<script>
window.intercomSettings = { app_id: 'ic0ld4pp', hide_default_launcher: true,
  custom_launcher_selector: '#help', alignment: 'left', horizontal_padding: 40, vertical_padding: 60 };
window.snippet = function () {
(function(){`,
    );
    site.setPage('/', { body: html.replace('})();\n</script>', '})();\n};\nwindow.snippet();\n</script>') });
    browser = await launchBrowser();
    ({ page } = await openHostPage(browser, `${site.origin}/`, problems, { locale: 'en-US' }));
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('request', (request) => {
      if (request.url().endsWith('/boot')) boots.push(request.url());
    });
    frame = await messengerFrame(page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  it('boots from intercomSettings without a launcher, and names the anonymous visitor', async () => {
    await eventually(() => page.evaluate(() => (window as unknown as Host).readyEvents.length)).toBe(1);
    // The site kept Intercom's app_id in its settings: the workspace in the script URL is the one that boots.
    expect(boots[0]).toBe(`${server.baseUrl}/api/messenger/${server.workspaceId}/boot`);
    expect(await launcher(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => (window as unknown as Host).Charla === (window as unknown as Host).Intercom)).toBe(
      true,
    );
    const visitorId = await intercom('getVisitorId');
    expect(visitorId).toMatch(/^\S{8,}$/);
    expect(await page.evaluate(() => (window as unknown as Host).readyEvents)).toEqual([{ visitor_id: visitorId }]);
  });

  it('opens from the page’s own button, on the left, 40 px from the side and 60 px from the bottom', async () => {
    await page.locator('#help').click();
    await eventually(() => isFrameShown(page)).toBe(true);
    // Measured once the opening animation is over.
    await eventually(async () => {
      const box = await page.locator('iframe.charla-frame').boundingBox();
      return [Math.round(box?.x ?? 0), Math.round((box?.y ?? 0) + (box?.height ?? 0))];
    }).toEqual([40, 800 - 60]);
    await frame.getByRole('button', { name: /Send us a message/ }).waitFor();
  });

  it('shows the launcher on the left once update asks for it', async () => {
    await intercom('hide');
    await eventually(() => isFrameShown(page)).toBe(false);
    await intercom('update', { hide_default_launcher: false });
    await launcher(page).waitFor();
    const box = await launcher(page).boundingBox();
    expect(Math.round(box?.x ?? 0)).toBe(40);
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(800 - 60);
  });

  it('records trackEvent with its scalar metadata for the visitor', async () => {
    await intercom('trackEvent', 'viewed-pricing', { plan: 'pro', seats: 5, nested: { no: true } });
    await eventually(async () => {
      const events = await server.db
        .selectFrom('contact_events')
        .select(['name', 'metadata'])
        .where('workspace_id', '=', server.workspaceId)
        .execute();
      return events;
    }).toEqual([{ name: 'viewed-pricing', metadata: { plan: 'pro', seats: 5 } }]);
  });

  it('opens a space, and warns about an unknown command instead of failing', async () => {
    await intercom('showSpace', 'messages');
    await frame.getByRole('heading', { name: 'Messages' }).waitFor();
    expect(await intercom('flyToTheMoon', 1)).toBeUndefined();
    await eventually(() => warnings.some((warning) => warning.includes('unknown command "flyToTheMoon"'))).toBe(true);
    await intercom('hide');
  });

  it('treats a second run of the snippet as a no-op', async () => {
    const bootsBefore = boots.length;
    await page.evaluate(() => (window as unknown as Host).snippet());
    await page.waitForTimeout(500);
    expect(boots.length).toBe(bootsBefore);
    expect(await page.locator('iframe.charla-frame').count()).toBe(1);
    expect(await page.locator('script[src*="/widget/"]').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as Host).Intercom.charla)).toBe(true);
  });

  it('ran without script errors', () => {
    expect(problems).toEqual([]);
  });
});
