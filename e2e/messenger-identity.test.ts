import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from './browser.ts';
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
  userHash,
} from './messenger-helpers.ts';

type Host = Window & { Intercom: (...args: unknown[]) => unknown; charlaErrors: string[] };

/**
 * One browser, two people: Sofía logs in and writes, logs out (`shutdown`), and Bruno logs in on the same
 * page. Bruno sees none of Sofía's conversations, and nothing of hers stays in the page's storage. A forged
 * user_hash is refused: nothing shows, and the page hears why.
 */
describe('the messenger when the person changes', () => {
  let server: MessengerServer;
  let site: HostSite;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const intercom = (...args: unknown[]) =>
    page.evaluate((call: unknown[]) => (window as unknown as Host).Intercom(...call), args);
  const stored = () =>
    page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('charla-'))));
  const bootAs = (userId: string, name: string, hash?: string) =>
    intercom('boot', {
      app_id: server.workspaceId,
      user_id: userId,
      name,
      user_hash: hash ?? userHash(server.identitySecret, userId),
    });

  async function writeAs(frame: Frame, text: string) {
    const composer = frame.getByLabel('Write a message');
    await composer.fill(text);
    await composer.press('Enter');
    await frame.locator('.from-customer .bubble').filter({ hasText: text }).waitFor();
  }

  beforeAll(async () => {
    assertMessengerBuilt();
    server = await startMessengerServer({ identityVerification: true, workspaceName: 'Acme Support' });
    site = await startHostSite();
    site.setPage('/', {
      body: intercomSnippetPage(
        server.baseUrl,
        server.workspaceId,
        `window.charlaErrors = [];
        window.addEventListener('charla:error', function (event) { window.charlaErrors.push(event.detail.message); });`,
      ),
    });
    browser = await launchBrowser();
    ({ page } = await openHostPage(browser, `${site.origin}/`, problems, { locale: 'en-US' }));
    await page.waitForFunction(() => (window as unknown as { Intercom: { charla?: boolean } }).Intercom.charla);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  it('lets Sofía write in her own conversation', async () => {
    await bootAs('sofia-1', 'Sofía Ramírez');
    await intercom('showNewMessage');
    const frame = await messengerFrame(page);
    await writeAs(frame, 'Sofía’s private question about her invoice');
    expect(Object.values(await stored())).toHaveLength(1);
  });

  it('forgets Sofía on shutdown: no iframe, no launcher, nothing stored', async () => {
    const tokenBefore = JSON.parse(Object.values(await stored())[0] as string).token;
    await intercom('shutdown');
    expect(await stored()).toEqual({});
    expect(await page.locator('iframe.charla-frame').count()).toBe(0);
    expect(await launcher(page).isVisible()).toBe(false);
    expect(tokenBefore).toBeTruthy();
  });

  it('shows Bruno, logging in next on the same page, none of Sofía’s conversations', async () => {
    await bootAs('bruno-2', 'Bruno Díaz');
    await launcher(page).waitFor();
    await intercom('showMessages');
    const frame = await messengerFrame(page);
    await frame.getByText('No conversations yet.').waitFor();
    expect(await frame.locator('body').textContent()).not.toContain('invoice');
    await frame.getByRole('button', { name: /Send us a message/ }).click();
    await writeAs(frame, 'Bruno here');
    await intercom('showMessages');
    await frame.getByRole('list', { name: 'Your conversations' }).getByRole('button').first().waitFor();
    expect(await frame.getByRole('list', { name: 'Your conversations' }).getByRole('button').count()).toBe(1);
    expect(await frame.locator('body').textContent()).not.toContain('invoice');
    await saveScreenshot(page, 'messenger-10-list-en');

    const [record] = Object.values(await stored()) as string[];
    expect(JSON.parse(record ?? '{}')).toMatchObject({ user_id: 'bruno-2', visitor_id: null });
    const contacts = await server.db
      .selectFrom('contacts')
      .select(['external_id'])
      .where('workspace_id', '=', server.workspaceId)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    expect(contacts.map((contact) => contact.external_id)).toEqual(['sofia-1', 'bruno-2']);
  });

  it('switching to another user without shutdown changes the whole messenger too', async () => {
    await bootAs('sofia-1', 'Sofía Ramírez');
    await intercom('showMessages');
    const frame = await messengerFrame(page);
    await frame.getByText('Sofía’s private question about her invoice').waitFor();
    expect(await frame.locator('body').textContent()).not.toContain('Bruno here');
  });

  it('refuses a forged user_hash: the messenger stays closed and hidden, and the page is told why', async () => {
    await intercom('shutdown');
    await bootAs('sofia-1', 'Sofía Ramírez', 'f'.repeat(64));
    await eventually(() => page.evaluate(() => (window as unknown as Host).charlaErrors)).toEqual([
      'user_hash does not match user_id or email',
    ]);
    await intercom('show');
    await page.waitForTimeout(300);
    expect(await isFrameShown(page)).toBe(false);
    expect(await launcher(page).isVisible()).toBe(false);
    expect(await stored()).toEqual({});
  });

  it('ran without script errors', () => {
    expect(problems.filter((problem) => !problem.includes('status of 401'))).toEqual([]);
  });
});
