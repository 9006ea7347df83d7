import type { Browser, Frame, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from './browser.ts';
import {
  adminReply,
  assertMessengerBuilt,
  eventually,
  type HostSite,
  intercomSnippetPage,
  isFrameShown,
  launcher,
  type MessengerServer,
  messengerFrame,
  openHostPage,
  seriousAxeViolationsIn,
  startHostSite,
  startMessengerServer,
  userHash,
} from './messenger-helpers.ts';

/**
 * A site that has Intercom's stock snippet, with only the widget URL changed to Charla's, on another origin.
 * Commands queued before the loader arrives run in order: a verified user boots, an update adds an attribute,
 * an unread callback is registered, and the composer opens pre-filled. The customer writes, a teammate's
 * reply appears live, and one sent while the messenger is hidden reaches the callback and the badge.
 */
describe('the messenger behind Intercom’s snippet', () => {
  let server: MessengerServer;
  let site: HostSite;
  let browser: Browser;
  let page: Page;
  let frame: Frame;
  let conversationId: string;
  const problems: string[] = [];
  const unreadSeen = () => page.evaluate(() => (window as unknown as { unreadSeen: number[] }).unreadSeen);

  beforeAll(async () => {
    assertMessengerBuilt();
    server = await startMessengerServer();
    site = await startHostSite();
    const hash = userHash(server.identitySecret, 'u-1001');
    site.setPage('/', {
      body: intercomSnippetPage(
        server.baseUrl,
        server.workspaceId,
        `window.unreadSeen = [];
        window.order = [];
        Intercom('boot', { app_id: '${server.workspaceId}', user_id: 'u-1001', email: 'sofia@example.com',
          name: 'Sofía Ramírez', user_hash: '${hash}', plan: 'pro', api_base: 'https://api-iam.intercom.io' });
        Intercom('update', { company_size: 12 });
        Intercom('onUnreadCountChange', function (count) { window.unreadSeen.push(count); });
        Intercom('onShow', function () { window.order.push('show'); });
        Intercom('onHide', function () { window.order.push('hide'); });
        Intercom('ready', function () { window.order.push('ready'); });
        Intercom('showNewMessage', 'hola');`,
      ),
    });
    browser = await launchBrowser();
    ({ page } = await openHostPage(browser, `${site.origin}/`, problems));
    frame = await messengerFrame(page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  it('runs the queued commands in order: the verified user boots and the composer opens with “hola”', async () => {
    const composer = frame.getByLabel('Escribe un mensaje');
    await eventually(() => composer.inputValue()).toBe('hola');
    expect(await isFrameShown(page)).toBe(true);
    expect(await frame.getByRole('heading', { name: 'Nueva conversación' }).isVisible()).toBe(true);
    expect(await unreadSeen()).toEqual([0]);
    await eventually(() => page.evaluate(() => (window as unknown as { order: string[] }).order)).toEqual([
      'show',
      'ready',
    ]);

    const contact = await server.db
      .selectFrom('contacts')
      .select(['role', 'external_id', 'email', 'name', 'custom_attributes'])
      .where('workspace_id', '=', server.workspaceId)
      .where('external_id', '=', 'u-1001')
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ role: 'user', email: 'sofia@example.com', name: 'Sofía Ramírez' });
    expect(contact.custom_attributes).toEqual({ plan: 'pro', company_size: 12 });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('charla-')))).toEqual([
      `charla-${server.workspaceId}`,
    ]);
    await saveScreenshot(page, 'messenger-1-new-message-es');
  });

  it('sends the customer’s message with Enter: it shows on the customer’s side and reaches the inbox', async () => {
    const composer = frame.getByLabel('Escribe un mensaje');
    await composer.press('Shift+Enter');
    await composer.pressSequentially('mi pedido no ha llegado');
    await composer.press('Enter');
    await frame.locator('.group.from-customer .bubble').filter({ hasText: 'mi pedido no ha llegado' }).waitFor();
    expect(await composer.inputValue()).toBe('');
    const list = await server.callApi('GET', '/conversations');
    expect(list.conversations).toHaveLength(1);
    conversationId = list.conversations[0].id;
    const conversation = await server.callApi('GET', `/conversations/${conversationId}`);
    expect(JSON.stringify(conversation)).toContain('mi pedido no ha llegado');
    // Sent once, even though the part also came back over the socket.
    await eventually(() => frame.locator('.from-customer .bubble').count()).toBe(1);
    expect(await frame.locator('.is-sending').count()).toBe(0);
  });

  it('shows the teammate typing, then their reply live, named, without counting it as unread', async () => {
    const agent: Socket = io(`${server.baseUrl}/agents`, {
      auth: { token: server.adminToken },
      transports: ['websocket'],
    });
    const typingSeen: { is_typing: boolean; author: { type: string } }[] = [];
    agent.on('typing', (typing) => typingSeen.push(typing));
    await new Promise((resolve) => agent.once('ready', resolve));
    agent.emit('typing', { conversation_id: conversationId, is_typing: true, kind: 'reply' });
    await frame.getByText('Ana Admin está escribiendo…').waitFor();

    await adminReply(server, conversationId, '<p>Hola Sofía, lo reviso ahora mismo.</p>');
    const reply = frame.locator('.group.from-team').filter({ hasText: 'lo reviso ahora mismo' });
    await reply.waitFor();
    expect(await reply.locator('.group-author').textContent()).toBe('Ana Admin');
    expect(await frame.getByText('Ana Admin está escribiendo…').count()).toBe(0);

    // The customer typing reaches the teammates.
    const composer = frame.getByLabel('Escribe un mensaje');
    await composer.pressSequentially('gra');
    await eventually(() => typingSeen.some((typing) => typing.is_typing && typing.author.type === 'contact')).toBe(
      true,
    );
    await composer.fill('');
    agent.close();
    await page.waitForTimeout(300);
    expect(await unreadSeen()).toEqual([0]);
    await saveScreenshot(page, 'messenger-2-thread-es');
  });

  it('hides with Escape, and a reply sent meanwhile reaches the unread callback and the launcher’s badge', async () => {
    await frame.getByLabel('Escribe un mensaje').press('Escape');
    await eventually(() => isFrameShown(page)).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { order: string[] }).order)).toEqual([
      'show',
      'ready',
      'hide',
    ]);

    await adminReply(server, conversationId, '<p>Ya está en camino 🚚</p>');
    await eventually(unreadSeen).toEqual([0, 1]);
    await eventually(() => launcher(page).locator('.charla-badge').textContent()).toBe('1');
    expect(await launcher(page).getAttribute('aria-label')).toBe('Abrir el chat, 1 mensaje sin leer');
    await saveScreenshot(page, 'messenger-3-badge');
  });

  it('reopens on the message list and clears the count when the conversation is read', async () => {
    await launcher(page).click();
    await eventually(() => isFrameShown(page)).toBe(true);
    const row = frame.getByRole('list', { name: 'Tus conversaciones' }).getByRole('button');
    await row.filter({ hasText: 'Ya está en camino' }).waitFor();
    expect(await row.textContent()).toContain('Sin leer');
    expect(await seriousAxeViolationsIn(frame)).toEqual([]);
    await saveScreenshot(page, 'messenger-4-list-es');
    await row.click();
    await frame.locator('.bubble').filter({ hasText: 'Ya está en camino' }).waitFor();
    // Opened by the person: the conversation's composer takes focus.
    await eventually(() => frame.evaluate(() => document.activeElement?.id)).toBe('composer-input');
    await eventually(unreadSeen).toEqual([0, 1, 0]);
    await eventually(() => launcher(page).locator('.charla-badge').isVisible()).toBe(false);
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
