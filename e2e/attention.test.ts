import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeammate, buildTeamWorkspace, buildToken } from '../test/factories.ts';
import { clickNotification, recordAttention, recorded, setHidden } from './attention-helpers.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

/**
 * Issue 11, point 6: a conversation on screen is read as the customer writes (only while the tab is visible),
 * the tab's title counts my unread conversations live, and desktop notifications with a chime come for
 * conversations assigned to me and mentions of me — from one of my tabs only, never for my own doing.
 */
describe('unread and attention', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let agent: TeammateRow;
  let beatriz: TeammateRow;
  let tokens: { admin: string; agent: string; beatriz: string };
  let contactId: string;
  const problems: string[] = [];

  /** The machine may be busy: give live updates a few seconds. */
  const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
  const as = (token: string) => apiCaller(server.baseUrl, () => token);
  const rows = (on: Page) => on.getByRole('list', { name: 'Conversations' }).getByRole('link');
  const row = (on: Page, customer: string) => rows(on).filter({ hasText: customer });
  const isReadByAgent = async (id: string) => (await as(tokens.agent)('GET', `/conversations/${id}`)).read;

  async function startConversation(name: string, body: string): Promise<string> {
    const contact = await as(tokens.admin)('POST', '/contacts', { email: `${name.split(' ')[0]}@example.com`, name });
    contactId = contact.id;
    const message = await as(tokens.admin)('POST', '/conversations', { from: { type: 'user', id: contact.id }, body });
    return message.conversation_id;
  }

  const customerWrites = (id: string, body: string) =>
    as(tokens.admin)('POST', `/conversations/${id}/reply`, {
      type: 'user',
      message_type: 'comment',
      intercom_user_id: contactId,
      body,
    });

  const assign = (token: string, id: string, assigneeId: number) =>
    as(token)('POST', `/conversations/${id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      assignee_id: assigneeId,
    });

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    agent = team.agent;
    beatriz = await buildTeammate(server.db, team.workspace.id, { name: 'Beatriz Soto' });
    tokens = { admin: team.adminToken, agent: team.agentToken, beatriz: await buildToken(server.db, beatriz) };
    browser = await launchBrowser();
    page = await signInPage(browser, server.baseUrl, agent.email, problems, { consoleErrors: true, timeoutMs: 10_000 });
    context = page.context();
    await context.grantPermissions(['notifications'], { origin: server.baseUrl });
    await recordAttention(context);
    await page.reload();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads a message that arrives in the conversation on screen, in the list, the counts and the title', async () => {
    const id = await startConversation('Marta Ruiz', 'Hola, ¿tenéis envío a Canarias?');
    await assign(tokens.admin, id, agent.id);
    await eventually(() => page.title()).toBe('(1) Your inbox · Charla');
    await row(page, 'Marta Ruiz').click();
    await page.locator('.part.from-customer').filter({ hasText: 'envío a Canarias' }).waitFor();
    await eventually(() => page.title()).toBe('Your inbox · Charla');

    await customerWrites(id, 'Es para Tenerife');
    await page.locator('.part.from-customer').filter({ hasText: 'Es para Tenerife' }).waitFor();
    await eventually(() => row(page, 'Marta Ruiz').textContent()).toContain('Es para Tenerife');
    await eventually(() => isReadByAgent(id)).toBe(true);
    await eventually(() => row(page, 'Marta Ruiz').textContent()).not.toContain('Unread');
    await eventually(() => page.title()).toBe('Your inbox · Charla');
  });

  it('leaves it unread while the tab is hidden, and reads it when the tab comes back', async () => {
    const id = page.url().split('/').at(-1) ?? '';
    await setHidden(page, true);
    await customerWrites(id, '¿Seguís ahí?');
    await page.locator('.part.from-customer').filter({ hasText: '¿Seguís ahí?' }).waitFor();
    await eventually(() => row(page, 'Marta Ruiz').textContent()).toContain('¿Seguís ahí?');
    await eventually(() => page.title()).toBe('(1) Your inbox · Charla');
    expect(await row(page, 'Marta Ruiz').textContent()).toContain('Unread');
    expect(await isReadByAgent(id)).toBe(false);

    await setHidden(page, false);
    await eventually(() => isReadByAgent(id)).toBe(true);
    await eventually(() => page.title()).toBe('Your inbox · Charla');
    await eventually(() => row(page, 'Marta Ruiz').textContent()).not.toContain('Unread');
  });

  it('turns notifications and the sound on in Settings → Profile', async () => {
    await page.goto(`${server.baseUrl}/settings/profile`);
    const section = page.getByRole('region', { name: 'Inbox & notifications' });
    await section.waitFor();
    const desktop = section.getByRole('switch', { name: 'Desktop notifications' });
    const sound = section.getByRole('switch', { name: 'Play a sound' });
    expect(await desktop.isChecked()).toBe(false);
    await desktop.click();
    await eventually(() => desktop.isChecked()).toBe(true);
    await sound.click();
    await eventually(() => sound.isChecked()).toBe(true);
    await eventually(async () => await as(tokens.agent)('GET', '/me/preferences')).toMatchObject({
      desktop_notifications: true,
      notification_sound: true,
    });
    await saveScreenshot(page, 'attention-settings');
  });

  it('notifies once across my tabs, with a chime, for a conversation assigned to me by someone else and a mention', async () => {
    await page.goto(`${server.baseUrl}/inbox/you`);
    await page.getByRole('heading', { level: 1, name: 'Your inbox' }).waitFor();
    const second = await context.newPage();
    await second.goto(`${server.baseUrl}/inbox/all`);
    await second.getByRole('heading', { level: 1, name: 'All' }).waitFor();

    const mine = await startConversation('Pablo Díaz', 'Me llegó roto el jarrón');
    await assign(tokens.agent, mine, agent.id);
    const theirs = await startConversation('Elena Vidal', 'Quiero cambiar la talla');
    await assign(tokens.beatriz, theirs, agent.id);
    await eventually(async () => (await recorded(page)).notifications.length).toBe(1);
    const [assigned] = (await recorded(page)).notifications;
    expect(assigned).toMatchObject({
      title: 'New conversation assigned to you',
      body: 'Elena Vidal: Quiero cambiar la talla',
    });

    await as(tokens.beatriz)('POST', `/conversations/${mine}/reply`, {
      type: 'admin',
      message_type: 'note',
      body: '@Luis Agent ¿lo miras tú?',
    });
    await eventually(async () => (await recorded(page)).notifications.length).toBe(2);
    expect((await recorded(page)).notifications[1]).toMatchObject({
      title: 'Beatriz Soto mentioned you',
      body: 'Pablo Díaz: @Luis Agent ¿lo miras tú?',
    });
    expect((await recorded(page)).chimes).toBe(2);
    expect(await recorded(second)).toEqual({ notifications: [], chimes: 0 });

    await clickNotification(page, 0);
    await page.waitForURL(`**/inbox/you/${theirs}`);
    await page.locator('.part.from-customer').filter({ hasText: 'cambiar la talla' }).waitFor();

    // The tab that notified closes: the other one takes over.
    await page.close();
    const third = await startConversation('Irene Gil', 'No me deja pagar');
    await assign(tokens.admin, third, agent.id);
    await eventually(async () => (await recorded(second)).notifications.length).toBe(1);
    expect((await recorded(second)).notifications[0]?.body).toBe('Irene Gil: No me deja pagar');
    expect(problems).toEqual([]);
  });
});
