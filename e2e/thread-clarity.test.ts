import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeammate, buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

const ZONE = 'Asia/Kolkata';
const HOSTILE =
  '<p>Mira https://example.com/pedido?id=1&amp;x=2. y <a href="javascript:window.__pwned=1">esto</a>' +
  '<img src=x onerror="window.__pwned=2"> o www.acme.es; no javascript:alert(3) ni <b>negrita</b> &lt;script&gt;</p>';

/** 9:00 in India (03:30 UTC) three days from now: what "Snoozed until" should say in the teammate's zone. */
function nineInIndiaInThreeDays(): number {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 3);
  day.setUTCHours(3, 30, 0, 0);
  return Math.floor(day.getTime() / 1000);
}

/**
 * Issue 11, point 7: the thread's events say who, which team and when; a snooze says until when, in the thread
 * and the list; links in messages work and are safe; mentions stand out; a note's preview says it is a note;
 * replying to an unassigned conversation assigns it to the replier (a setting, on by default).
 */
describe('thread clarity', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let me: TeammateRow;
  let luis: TeammateRow;
  let tokens: { admin: string; luis: string };
  let conversationId: string;
  let snoozedUntil: number;
  const problems: string[] = [];

  const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 8_000, interval: 100 });
  const as = (token: string) => apiCaller(server.baseUrl, () => token);
  const rows = () => page.getByRole('list', { name: 'Conversations' }).getByRole('link');
  const thread = () => page.locator('.thread-parts');

  async function startConversation(name: string, body: string): Promise<string> {
    const contact = await as(tokens.admin)('POST', '/contacts', {
      email: `${name
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase()}@example.com`,
      name,
    });
    const message = await as(tokens.admin)('POST', '/conversations', { from: { type: 'user', id: contact.id }, body });
    return message.conversation_id;
  }

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    me = team.admin;
    luis = team.agent;
    tokens = { admin: team.adminToken, luis: team.agentToken };
    const other = await buildTeamWorkspace(server.db, 'Otra Empresa');
    await buildTeammate(server.db, other.workspace.id, { name: 'Zoe Other' });
    await as(tokens.admin)('PUT', `/admins/${me.id}`, { timezone: ZONE });
    const soporte = await as(tokens.admin)('POST', '/teams', {
      name: 'Soporte / Support',
      distribution_method: 'manual',
      admin_ids: [String(luis.id)],
    });

    conversationId = await startConversation('Lucía Pérez', HOSTILE);
    await as(tokens.admin)('POST', `/conversations/${conversationId}/parts`, {
      message_type: 'assignment',
      type: 'team',
      assignee_id: soporte.id,
    });
    browser = await launchBrowser();
    page = await signInPage(browser, server.baseUrl, me.email, problems, { consoleErrors: true, timeoutMs: 10_000 });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links addresses in messages safely and shows hostile HTML as text', async () => {
    await page.goto(`${server.baseUrl}/inbox/all/${conversationId}`);
    const message = thread().locator('.part.from-customer').first();
    await message.getByText('negrita').waitFor();
    const link = message.getByRole('link', { name: 'https://example.com/pedido?id=1&x=2' });
    expect(await link.getAttribute('href')).toBe('https://example.com/pedido?id=1&x=2');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await message.getByRole('link', { name: 'www.acme.es' }).getAttribute('href')).toBe('https://www.acme.es/');
    const hrefs = await message.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => href !== null && !href.startsWith('https://'))).toEqual([]);
    expect(await message.locator('img, script').count()).toBe(0);
    expect(await message.textContent()).toContain('javascript:alert(3)');
    expect(await message.textContent()).toContain('<script>');
    await message.getByText('esto').click();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('names the team, says who assigned it to themselves by replying, and gives every event a time', async () => {
    await thread().getByText('Assigned to Soporte / Support by Ana Admin').waitFor();
    const composer = page.getByLabel('Reply to the customer');
    await composer.fill('Hola Lucía, lo miro.');
    await composer.press('Enter');
    await thread().getByText('Ana Admin replied and assigned this to themselves').waitFor();
    await eventually(
      async () => (await as(tokens.admin)('GET', `/conversations/${conversationId}`)).admin_assignee_id,
    ).toBe(me.id);
    const events = thread().locator('.part-event');
    const times = await events
      .locator('time')
      .evaluateAll((found) => found.map((time) => ({ title: time.getAttribute('title'), text: time.textContent })));
    expect(times.length).toBe(await events.count());
    for (const time of times) expect(time.title).toMatch(/\d{4}/);
  });

  it('highlights teammates’ mentions, mine more, and not names from another workspace', async () => {
    await as(tokens.luis)('POST', `/conversations/${conversationId}/reply`, {
      type: 'admin',
      message_type: 'note',
      body: '@Ana Admin mira esto con @Luis Agent; @Zoe Other no está aquí',
    });
    const note = thread().locator('.part.is-note').last();
    await note.locator('.mention.is-mine', { hasText: '@Ana Admin' }).waitFor();
    expect(await note.locator('.mention:not(.is-mine)').allTextContents()).toEqual(['@Luis Agent']);
    expect(await note.textContent()).toContain('@Zoe Other');
    await saveScreenshot(page, 'thread-clarity-thread');
  });

  it('says until when it is snoozed, in my time zone, in the thread and the list', async () => {
    snoozedUntil = nineInIndiaInThreeDays();
    const weekday = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: ZONE }).format(snoozedUntil * 1000);
    await as(tokens.admin)('POST', `/conversations/${conversationId}/parts`, {
      message_type: 'snoozed',
      snoozed_until: snoozedUntil,
    });
    const line = thread().locator('.part-event', { hasText: 'Snoozed by Ana Admin until' });
    await eventually(() => line.textContent()).toContain(`until ${weekday} 9:00`);

    await page.goto(`${server.baseUrl}/inbox/all`);
    await page.getByRole('button', { name: 'Snoozed', exact: true }).click();
    const snoozed = rows().filter({ hasText: 'Lucía Pérez' });
    await eventually(() => snoozed.textContent()).toContain(`Snoozed until ${weekday} 9:00`);
    await saveScreenshot(page, 'thread-clarity-snoozed-list');
  });

  it('marks a note as a note in the list preview', async () => {
    const id = await startConversation('Tomás Ruiz', 'Necesito factura');
    await as(tokens.luis)('POST', `/conversations/${id}/reply`, {
      type: 'admin',
      message_type: 'note',
      body: 'Pedir el NIF antes',
    });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const row = rows().filter({ hasText: 'Tomás Ruiz' });
    await eventually(() => row.locator('.row-preview').textContent()).toBe('Note: Pedir el NIF antes');
    await saveScreenshot(page, 'thread-clarity-note-preview');
  });

  it('lets an admin turn off “replying assigns” in Settings → Assignment', async () => {
    await page.goto(`${server.baseUrl}/settings/assignment`);
    const setting = page.getByRole('switch', { name: 'Replying assigns the conversation' });
    expect(await setting.isChecked()).toBe(true);
    await setting.click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect(await as(tokens.admin)('GET', '/assignment/settings')).toMatchObject({ reply_assigns: false });
    await saveScreenshot(page, 'thread-clarity-assignment-settings');

    const id = await startConversation('Rosa Gil', 'Hola');
    await as(tokens.luis)('POST', `/conversations/${id}/reply`, {
      type: 'admin',
      message_type: 'comment',
      body: 'Hola Rosa',
    });
    expect((await as(tokens.admin)('GET', `/conversations/${id}`)).admin_assignee_id).toBeNull();
    expect(problems).toEqual([]);
  });
});
