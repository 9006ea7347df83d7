import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeammate, buildTeamWorkspace, buildToken } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

/**
 * Issue #5, point 8: two agents signed in at once, in two browser contexts, watch one customer conversation
 * arrive, get a reply and a note mentioning B, move to B, and close — every count and list changing live,
 * without a reload — then B reads the inbox in Spanish.
 */
describe('two agents share the inbox live', () => {
  let server: RunningServer;
  let browser: Browser;
  let pageA: Page;
  let pageB: Page;
  let agentA: TeammateRow;
  let agentB: TeammateRow;
  let adminToken: string;
  let conversationId: string;
  const scriptProblems: string[] = [];

  const CUSTOMER = 'Sofía Ramírez';
  const nav = (page: Page) => page.getByRole('navigation', { name: /^(Main|Principal)$/ });
  const navLink = (page: Page, view: string) => nav(page).getByRole('link', { name: view, exact: true });
  const countOf = (page: Page, view: string) => navLink(page, view).locator('.nav-count').getAttribute('data-count');
  const rows = (page: Page) => page.getByRole('list', { name: /^(Conversations|Conversaciones)$/ }).getByRole('link');
  const row = (page: Page) => rows(page).filter({ hasText: CUSTOMER });
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  /** Set once after sign-in; still there later proves the page never reloaded. */
  const stillTheSamePage = (page: Page) => page.evaluate(() => 'sameTwoAgentsPage' in window);

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => adminToken)(method, path, body);

  async function signIn(email: string): Promise<Page> {
    const page = await signInPage(browser, server.baseUrl, email, scriptProblems, {
      consoleErrors: true,
      timeoutMs: 10_000,
    });
    await navLink(page, 'All').locator('.nav-count[data-count="0"]').waitFor();
    await page.evaluate(() => Object.assign(window, { sameTwoAgentsPage: true }));
    return page;
  }

  /** The row's last-message line is shown whole, not squeezed by the badges below it. */
  async function expectPreviewUnclipped(page: Page) {
    const preview = row(page).locator('.row-preview');
    const [shown, needed] = await preview.evaluate((el) => [el.getBoundingClientRect().height, el.scrollHeight]);
    expect(shown).toBeGreaterThanOrEqual((needed ?? 0) - 0.5);
  }

  async function openView(page: Page, view: string) {
    await navLink(page, view).click();
    await heading(page, view).waitFor();
  }

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    adminToken = team.adminToken;
    // A replies, then hands it to B by hand; replying assigns by default (e2e/thread-clarity.test.ts).
    await callApi('PUT', '/assignment/settings', { reply_assigns: false });
    agentA = team.agent;
    agentB = await buildTeammate(server.db, team.workspace.id, { role: 'agent', name: 'Beatriz Soto' });
    // B stays on the conversation B closes; moving on to the next is e2e/keyboard-flow.test.ts.
    const tokenB = await buildToken(server.db, agentB);
    await apiCaller(server.baseUrl, () => tokenB)('PUT', '/me/preferences', { move_on_after_close: false });

    browser = await launchBrowser();
    pageA = await signIn(agentA.email);
    pageB = await signIn(agentB.email);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs both agents in, A watching Unassigned and B watching All, every count at zero', async () => {
    await openView(pageA, 'Unassigned');
    await openView(pageB, 'All');
    for (const page of [pageA, pageB]) {
      await page.getByText('No conversations here. Nice work.').waitFor();
      for (const view of ['Your inbox', 'Mentions', 'All', 'Unassigned']) {
        expect(await countOf(page, view), view).toBe('0');
      }
    }
    await saveScreenshot(pageA, 'two-agents-1-a-empty');
    await saveScreenshot(pageB, 'two-agents-1-b-empty');
  });

  it('shows a new customer conversation in both browsers, Unassigned and All counting it, without a reload', async () => {
    const contact = await callApi('POST', '/contacts', { email: 'sofia@example.com', name: CUSTOMER });
    const message = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contact.id },
      body: '<p>Hola, mi pedido no ha llegado.</p>',
    });
    conversationId = message.conversation_id;

    for (const page of [pageA, pageB]) {
      await row(page).waitFor();
      await expect.poll(() => countOf(page, 'Unassigned')).toBe('1');
      await expect.poll(() => countOf(page, 'All')).toBe('1');
      expect(await countOf(page, 'Your inbox')).toBe('0');
      expect(await countOf(page, 'Mentions')).toBe('0');
      expect(await row(page).textContent()).toContain('Hola, mi pedido no ha llegado.');
      expect(await row(page).textContent()).toContain('Unread');
      expect(await stillTheSamePage(page)).toBe(true);
    }
    await saveScreenshot(pageA, 'two-agents-2-a-unassigned');
    await expectPreviewUnclipped(pageB);
    await saveScreenshot(pageB, 'two-agents-2-b-all');
  });

  it('lets A reply and write a note mentioning B, which shows in B’s Mentions live', async () => {
    await openView(pageB, 'Mentions');
    await pageB.getByText('No conversations here. Nice work.').waitFor();

    await row(pageA).click();
    await pageA.waitForURL(`**/inbox/unassigned/${conversationId}`);
    await pageA.locator('.part.from-customer').filter({ hasText: 'mi pedido no ha llegado' }).waitFor();
    const reply = pageA.getByLabel('Reply to the customer');
    await reply.fill('Hola Sofía, lo reviso ahora mismo.');
    await reply.press('Enter');
    await pageA.locator('.part.from-teammate').filter({ hasText: 'lo reviso ahora mismo' }).waitFor();
    // A's own list follows: read now, the reply as the last message.
    await expect.poll(() => row(pageA).textContent()).toContain('lo reviso ahora mismo');
    await expect.poll(() => row(pageA).textContent()).not.toContain('Unread');

    await pageA.getByRole('button', { name: 'Note', exact: true }).click();
    const note = pageA.getByLabel('Internal note for teammates');
    await note.pressSequentially('Mira el envío @Bea');
    const suggestions = pageA.getByRole('listbox', { name: 'Teammates to mention' });
    await suggestions.getByRole('option', { name: 'Beatriz Soto' }).waitFor();
    await saveScreenshot(pageA, 'two-agents-3-a-mention');
    await note.press('Enter');
    await expect.poll(() => note.inputValue()).toBe('Mira el envío @Beatriz Soto ');
    await note.pressSequentially('por favor');
    await note.press('Enter');
    await pageA.locator('.part.is-note').filter({ hasText: '@Beatriz Soto por favor' }).waitFor();

    await row(pageB).waitFor();
    await expect.poll(() => countOf(pageB, 'Mentions')).toBe('1');
    expect(await row(pageB).textContent()).toContain('@Beatriz Soto por favor');
    // Read marks are each teammate's own: A read it, B has not.
    expect(await row(pageB).textContent()).toContain('Unread');
    expect(await countOf(pageA, 'Mentions')).toBe('0');
    expect(await stillTheSamePage(pageB)).toBe(true);
    await saveScreenshot(pageA, 'two-agents-4-a-thread');
    await saveScreenshot(pageB, 'two-agents-4-b-mentions');
  });

  it('lets A reassign it to B from the right panel: it moves to B’s Your inbox live and leaves A’s Unassigned', async () => {
    await openView(pageB, 'Your inbox');
    await pageB.getByText('No conversations here. Nice work.').waitFor();

    await pageA.getByLabel('Assignee', { exact: true }).selectOption({ label: 'Beatriz Soto' });
    await pageA.getByText(`Assigned to Beatriz Soto by ${agentA.name}`).waitFor();

    await row(pageB).waitFor();
    await expect.poll(() => countOf(pageB, 'Your inbox')).toBe('1');
    await expect.poll(() => countOf(pageB, 'Unassigned')).toBe('0');
    expect(await row(pageB).locator('.row-assignee').textContent()).toBe('Beatriz Soto');

    await expect.poll(() => row(pageA).count()).toBe(0);
    await expect.poll(() => countOf(pageA, 'Unassigned')).toBe('0');
    expect(await countOf(pageA, 'Your inbox')).toBe('0');
    expect(await countOf(pageA, 'All')).toBe('1');
    expect(await stillTheSamePage(pageA)).toBe(true);
    expect(await stillTheSamePage(pageB)).toBe(true);
    await saveScreenshot(pageA, 'two-agents-5-a-reassigned');
    await saveScreenshot(pageB, 'two-agents-5-b-your-inbox');
  });

  it('lets B open and close it: it leaves B’s Your inbox and shows under All → Closed', async () => {
    await row(pageB).click();
    await pageB.waitForURL(`**/inbox/you/${conversationId}`);
    await pageB.locator('.part.is-note').filter({ hasText: '@Beatriz Soto por favor' }).waitFor();
    await pageB.getByRole('button', { name: 'Close', exact: true }).click();
    await pageB.getByText(`Closed by ${agentB.name}`).waitFor();
    await pageB.getByRole('button', { name: 'Reopen', exact: true }).waitFor();

    await expect.poll(() => row(pageB).count()).toBe(0);
    await expect.poll(() => countOf(pageB, 'Your inbox')).toBe('0');
    await expect.poll(() => countOf(pageB, 'Mentions')).toBe('0');
    await expect.poll(() => countOf(pageB, 'All')).toBe('0');
    await expect.poll(() => countOf(pageA, 'All')).toBe('0');
    // A still has the conversation open: the thread there shows B closed it.
    await pageA.getByText(`Closed by ${agentB.name}`).waitFor();
    await saveScreenshot(pageB, 'two-agents-6-b-closed');

    await openView(pageB, 'All');
    const closed = pageB.getByRole('button', { name: 'Closed', exact: true });
    await closed.click();
    await row(pageB).waitFor();
    expect(await closed.getAttribute('aria-pressed')).toBe('true');
    expect(await row(pageB).textContent()).toContain('Closed');
    expect(await stillTheSamePage(pageB)).toBe(true);
    await expectPreviewUnclipped(pageB);
    await saveScreenshot(pageB, 'two-agents-7-b-all-closed');
  });

  it('shows B the inbox in Spanish after switching to Español', async () => {
    await pageB.getByRole('button', { name: 'Español', exact: true }).click();
    await heading(pageB, 'Todas').waitFor();
    for (const label of ['Tu bandeja de entrada', 'Menciones', 'Creadas por ti', 'Todas', 'Sin asignar']) {
      await navLink(pageB, label).waitFor();
    }
    expect(await navLink(pageB, 'Your inbox').count()).toBe(0);
    await pageB.getByRole('button', { name: 'Cerradas', exact: true }).waitFor();
    expect(await row(pageB).textContent()).toContain('Cerrada');
    // A's language is A's own.
    await navLink(pageA, 'Your inbox').waitFor();
    await saveScreenshot(pageB, 'two-agents-8-b-es');
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(scriptProblems).toEqual([]);
  });
});
