import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateMessengerSettings } from '../server/domain/messenger/settings.ts';
import { launchBrowser, saveScreenshot } from './browser.ts';
import {
  adminReply,
  assertMessengerBuilt,
  eventually,
  type HostSite,
  isFrameShown,
  launcher,
  type MessengerServer,
  messengerFrame,
  openHostPage,
  startHostSite,
  startMessengerServer,
} from './messenger-helpers.ts';

/**
 * A site with a strict Content-Security-Policy that allows Charla's origin for scripts, frames and styles and
 * nothing else (no inline script or style, no connections): the one-tag snippet still shows the launcher and
 * the messenger works, with no violation reported on the page or in the messenger. The server's own headers
 * (caching, embedding rules) are checked on the way.
 */
describe('the messenger on a page with a strict Content-Security-Policy', () => {
  let server: MessengerServer;
  let site: HostSite;
  let browser: Browser;
  let page: Page;
  let frame: Frame;
  const problems: string[] = [];
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

  beforeAll(async () => {
    assertMessengerBuilt();
    server = await startMessengerServer({ identityVerification: false, workspaceName: 'Acme Support' });
    site = await startHostSite();
    await updateMessengerSettings(server.db, server.workspaceId, { allowed_origins: [site.origin] });
    const policy = [
      "default-src 'none'",
      `script-src ${server.baseUrl} 'self'`,
      `frame-src ${server.baseUrl}`,
      `style-src ${server.baseUrl}`,
      "connect-src 'none'",
    ].join('; ');
    site.setPage('/', {
      headers: { 'content-security-policy': policy },
      body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict shop</title>
<script src="/page.js"></script>
<script src="${server.baseUrl}/widget/${server.workspaceId}" async></script>
</head><body><h1>Strict shop</h1><p>No inline code here.</p></body></html>`,
    });
    site.setPage('/page.js', {
      type: 'text/javascript',
      body: `window.violations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.violations.push(event.violatedDirective + ' ' + event.blockedURI);
});
window.charlaSettings = { plan: 'enterprise' };`,
    });
    browser = await launchBrowser();
    ({ page } = await openHostPage(browser, `${site.origin}/`, problems, { locale: 'en-US' }));
    frame = await messengerFrame(page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  it('boots by itself from the one-tag snippet and shows the launcher, styled from Charla’s stylesheet', async () => {
    await launcher(page).waitFor();
    expect(await launcher(page).getAttribute('aria-label')).toBe('Open the chat');
    const box = await launcher(page).boundingBox();
    expect(box).toMatchObject({ width: 56, height: 56 });
    // 20 px from the bottom-right corner of the 1280×800 window.
    expect(Math.round((box?.x ?? 0) + (box?.width ?? 0))).toBe(1260);
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(780);
    expect(await isFrameShown(page)).toBe(false);
  });

  it('opens on Home, starts a conversation and shows the team’s reply, without any violation', async () => {
    await launcher(page).click();
    await eventually(() => isFrameShown(page)).toBe(true);
    await frame.getByRole('heading', { name: 'Hi there 👋 Ask us anything, we are happy to help.' }).waitFor();
    await saveScreenshot(page, 'messenger-5-home-en');
    await frame
      .getByRole('button', { name: /Send us a message/ })
      .first()
      .click();
    const composer = frame.getByLabel('Write a message');
    await eventually(() => frame.evaluate(() => document.activeElement?.id)).toBe('composer-input');
    await composer.fill('Can I change my delivery address?');
    await frame.getByRole('button', { name: 'Send', exact: true }).click();
    await frame.locator('.from-customer .bubble').filter({ hasText: 'delivery address' }).waitFor();

    const [conversation] = (await server.callApi('GET', '/conversations')).conversations;
    await adminReply(server, conversation.id, '<p>Sure: <a href="https://example.com/address">change it here</a>.</p>');
    await frame.locator('.from-team .bubble a').filter({ hasText: 'change it here' }).waitFor();
    await saveScreenshot(page, 'messenger-6-thread-en');

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('serves the loader for any site to load, briefly cached, and the frame only to the allowed origins', async () => {
    const loader = await fetch(`${server.baseUrl}/widget/${server.workspaceId}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(loader.status).toBe(200);
    expect(loader.headers.get('content-type')).toContain('javascript');
    expect(loader.headers.get('cache-control')).toBe('public, max-age=300');
    expect(loader.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(loader.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${server.baseUrl}/messenger/loader.js`);
    expect(await plain.text()).toContain('charla');
    expect((await fetch(`${server.baseUrl}/widget/nosuchapp`)).status).toBe(404);

    const framePage = await fetch(`${server.baseUrl}/messenger/frame?app_id=${server.workspaceId}`);
    const policy = framePage.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain(`frame-ancestors ${site.origin}`);
    expect(framePage.headers.get('x-frame-options')).toBeNull();
    expect(framePage.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(framePage.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.baseUrl}/messenger/frame?app_id=nosuchapp`)).status).toBe(404);

    const script = /src="(\/messenger\/assets\/[^"]+\.js)"/.exec(await framePage.text())?.[1];
    const asset = await fetch(`${server.baseUrl}${script}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${server.baseUrl}/messenger/assets/missing.js`)).status).toBe(404);
  });

  it('recorded the page’s own attribute and ran without script errors', async () => {
    const contacts = await server.db
      .selectFrom('contacts')
      .select(['role', 'custom_attributes'])
      .where('workspace_id', '=', server.workspaceId)
      .where('role', '=', 'lead')
      .execute();
    expect(contacts).toEqual([{ role: 'lead', custom_attributes: { plan: 'enterprise' } }]);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
