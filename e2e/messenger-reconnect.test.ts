import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import {
  adminReply,
  assertMessengerBuilt,
  eventually,
  type HostSite,
  intercomSnippetPage,
  type MessengerServer,
  messengerFrame,
  openHostPage,
  startHostSite,
  startMessengerServer,
} from './messenger-helpers.ts';

/**
 * The visitor's socket drops (the network goes, the server closes it); a teammate replies meanwhile. When
 * the network is back the messenger resumes after the last event it applied, and the reply shows exactly
 * once, although it arrives both in the replay and in the re-fetch of the open conversation.
 */
describe('the messenger after a lost connection', () => {
  let server: MessengerServer;
  let site: HostSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let frame: Frame;
  let conversationId: string;
  const problems: string[] = [];
  const teamBubbles = (text: string) => frame.locator('.from-team .bubble').filter({ hasText: text });
  const visitorSockets = async () => (await server.app.realtime.of('/visitors').fetchSockets()).length;

  beforeAll(async () => {
    assertMessengerBuilt();
    server = await startMessengerServer({ identityVerification: false });
    site = await startHostSite();
    site.setPage('/', {
      body: intercomSnippetPage(
        server.baseUrl,
        server.workspaceId,
        `window.intercomSettings = { app_id: '${server.workspaceId}', language_override: 'es' };`,
      ),
    });
    browser = await launchBrowser();
    ({ context, page } = await openHostPage(browser, `${site.origin}/`, problems));
    frame = await messengerFrame(page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  it('starts a conversation and follows it live', async () => {
    await page.evaluate(() =>
      (window as unknown as { Intercom: (...args: unknown[]) => void }).Intercom('showNewMessage'),
    );
    const composer = frame.getByLabel('Escribe un mensaje');
    await composer.fill('¿Hacéis envíos a Canarias?');
    await composer.press('Enter');
    await frame.locator('.from-customer .bubble').filter({ hasText: 'Canarias' }).waitFor();
    conversationId = (await server.callApi('GET', '/conversations')).conversations[0].id;
    await eventually(visitorSockets).toBe(1);
    await adminReply(server, conversationId, '<p>Sí, en 3 días.</p>');
    await teamBubbles('en 3 días').waitFor();
  });

  it('shows a reply sent while it was offline once, after the connection comes back', async () => {
    await context.setOffline(true);
    server.app.realtime.of('/visitors').disconnectSockets(true);
    await eventually(visitorSockets).toBe(0);

    await adminReply(server, conversationId, '<p>Te mando el enlace de seguimiento.</p>');
    await frame.waitForTimeout(1500);
    expect(await teamBubbles('enlace de seguimiento').count()).toBe(0);
    expect(await frame.getByText('Reconectando…').count()).toBe(1);

    await context.setOffline(false);
    await teamBubbles('enlace de seguimiento').waitFor({ timeout: 15_000 });
    await eventually(visitorSockets).toBe(1);
    // The replay and the re-fetch both bring it: still one bubble, and nothing before it doubled.
    await frame.waitForTimeout(1000);
    expect(await teamBubbles('enlace de seguimiento').count()).toBe(1);
    expect(await teamBubbles('en 3 días').count()).toBe(1);
    expect(await frame.locator('.from-customer .bubble').count()).toBe(1);
    expect(await frame.getByText('Reconectando…').count()).toBe(0);
  });

  it('comes back by itself after the server closed the socket (as on a restart), and catches up', async () => {
    server.app.realtime.of('/visitors').disconnectSockets(true);
    await adminReply(server, conversationId, '<p>¿Algo más?</p>');
    await teamBubbles('¿Algo más?').waitFor();
    await eventually(visitorSockets).toBe(1);
    await frame.waitForTimeout(500);
    expect(await teamBubbles('¿Algo más?').count()).toBe(1);
  });

  it('re-fetches the open conversation when the tab shows again', async () => {
    const refetch = page.waitForRequest((request) =>
      request.url().endsWith(`/api/messenger/conversations/${conversationId}`),
    );
    await frame.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await refetch;
  });

  it('retries a reply whose answer was lost under the same idempotency key: it is stored once', async () => {
    const keys: string[] = [];
    await context.route('**/api/messenger/conversations/*/reply', async (route) => {
      keys.push(JSON.parse(route.request().postData() ?? '{}').idempotency_key);
      if (keys.length > 1) return route.continue();
      // The server stores it, but the answer never reaches the browser.
      await route.fetch();
      return route.abort('connectionreset');
    });
    const composer = frame.getByLabel('Escribe un mensaje');
    await composer.fill('¿Y a Baleares también?');
    await composer.press('Enter');
    // Confirmed: no longer the pending copy.
    await frame
      .locator('.group.from-customer:not(.is-sending):not(.is-failed) .bubble')
      .filter({ hasText: 'Baleares' })
      .waitFor();
    // Its part came back over the socket already; the send itself is retried and answered.
    await eventually(() => keys.length).toBe(2);
    await context.unroute('**/api/messenger/conversations/*/reply');
    await frame.waitForTimeout(500);
    expect(await frame.locator('.is-sending, .is-failed').count()).toBe(0);
    expect(keys[0]).toBe(keys[1]);
    expect(await frame.locator('.from-customer .bubble').filter({ hasText: 'Baleares' }).count()).toBe(1);
    const conversation = await server.callApi('GET', `/conversations/${conversationId}`);
    const copies = conversation.conversation_parts.conversation_parts.filter((part: { body: string | null }) =>
      part.body?.includes('Baleares'),
    );
    expect(copies).toHaveLength(1);
  });

  it('keeps the anonymous visitor across a reload: same visitor id, same conversation', async () => {
    type Host = Window & { Intercom: (command: string) => unknown };
    const visitorId = await page.evaluate(() => (window as unknown as Host).Intercom('getVisitorId'));
    expect(visitorId).toBeTruthy();
    await page.reload();
    frame = await messengerFrame(page);
    await eventually(() => page.evaluate(() => (window as unknown as Host).Intercom('getVisitorId'))).toBe(visitorId);
    await page.evaluate(() => (window as unknown as Host).Intercom('showMessages'));
    await frame.getByRole('list', { name: 'Tus conversaciones' }).getByText('¿Y a Baleares también?').waitFor();
  });

  it('ran without script errors', () => {
    expect(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
