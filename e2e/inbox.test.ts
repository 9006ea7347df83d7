import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller } from './session.ts';

describe('an agent works a conversation from the inbox', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let agent: TeammateRow;
  let adminToken: string;
  let conversationId: string;
  const scriptProblems: string[] = [];

  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const countOf = (view: string) =>
    nav().getByRole('link', { name: view, exact: true }).locator('.nav-count').getAttribute('data-count');
  const rows = () => page.getByRole('list', { name: /^(Conversations|Conversaciones)$/ }).getByRole('link');
  const row = () => rows().filter({ hasText: 'María García' });

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => adminToken)(method, path, body);

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    agent = team.agent;
    adminToken = team.adminToken;
    // This walk assigns by hand after replying; replying assigns by default (e2e/thread-clarity.test.ts).
    await callApi('PUT', '/assignment/settings', { reply_assigns: false });
    // It also stays on the conversation it closes; moving on to the next is e2e/keyboard-flow.test.ts.
    await apiCaller(server.baseUrl, () => team.agentToken)('PUT', '/me/preferences', { move_on_after_close: false });

    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => scriptProblems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        scriptProblems.push(message.text());
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in to the inbox with live counts and the Chats view', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(agent.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/inbox/you');
    await nav().getByRole('link', { name: 'Chats', exact: true }).waitFor();
    await expect.poll(() => countOf('Unassigned')).toBe('0');
    await nav().getByRole('link', { name: 'Unassigned', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Unassigned' }).waitFor();
    await page.getByText('No conversations here. Nice work.').waitFor();
  });

  it('shows a new customer conversation in Unassigned without a reload', async () => {
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    const contact = await callApi('POST', '/contacts', { email: 'maria@example.com', name: 'María García' });
    const message = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contact.id },
      body: '<p>Hola, no puedo entrar a mi cuenta.</p>',
    });
    conversationId = message.conversation_id;

    await row().waitFor();
    await expect.poll(() => countOf('Unassigned')).toBe('1');
    expect(await row().textContent()).toContain('Hola, no puedo entrar a mi cuenta.');
    expect(await row().textContent()).toContain('Unread');
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
    await saveScreenshot(page, 'inbox-unassigned');
  });

  it('opens the conversation, marks it read, and sends a reply and a note', async () => {
    await row().click();
    await page.waitForURL(`**/inbox/unassigned/${conversationId}`);
    const customer = page.locator('.part.from-customer').filter({ hasText: 'no puedo entrar' });
    await customer.waitFor();

    const composer = page.getByLabel('Reply to the customer');
    await composer.fill('Hola María, te ayudo ahora mismo.');
    await composer.press('Enter');
    await page.locator('.part.from-teammate').filter({ hasText: 'te ayudo ahora mismo' }).waitFor();
    expect(await composer.inputValue()).toBe('');

    await page.getByRole('button', { name: 'Note', exact: true }).click();
    const note = page.getByLabel('Internal note for teammates');
    await note.fill('Revisar el acceso');
    await note.press('Shift+Enter');
    await note.pressSequentially('en el panel.');
    await note.press('Enter');
    await page.locator('.part.is-note').filter({ hasText: 'en el panel.' }).waitFor();
    await expect.poll(() => row().textContent()).not.toContain('Unread');
    await saveScreenshot(page, 'inbox-thread');
  });

  it('assigns it to the agent from the right panel, moving it to Your inbox live', async () => {
    await page.getByLabel('Assignee').selectOption(String(agent.id));
    await page.getByText(`${agent.name} assigned this to themselves`).waitFor();
    await expect.poll(() => countOf('Your inbox')).toBe('1');
    await expect.poll(() => countOf('Unassigned')).toBe('0');
    await expect.poll(() => row().count()).toBe(0);

    await nav().getByRole('link', { name: 'Your inbox', exact: true }).click();
    await row().click();
    await page.waitForURL(`**/inbox/you/${conversationId}`);
    await page.getByText('te ayudo ahora mismo').waitFor();
    await saveScreenshot(page, 'inbox-yours');
  });

  it('closes it, so it leaves Your inbox and shows under All → Closed', async () => {
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByText(`Closed by ${agent.name}`).waitFor();
    await page.getByRole('button', { name: 'Reopen', exact: true }).waitFor();
    await expect.poll(() => row().count()).toBe(0);
    await expect.poll(() => countOf('Your inbox')).toBe('0');
    await saveScreenshot(page, 'inbox-closed');

    await nav().getByRole('link', { name: 'All', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'All' }).waitFor();
    const closed = page.getByRole('button', { name: 'Closed', exact: true });
    await closed.click();
    await row().waitFor();
    expect(await closed.getAttribute('aria-pressed')).toBe('true');
    await saveScreenshot(page, 'inbox-all-closed');
  });

  it('reads the thread in Spanish, events included', async () => {
    await page.getByRole('button', { name: 'Español', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Todas' }).waitFor();
    await row().click();
    await page.getByText(`Cerrada por ${agent.name}`).waitFor();
    await page.getByText(`${agent.name} se la asignó`).waitFor();
    await page.getByRole('button', { name: 'Reabrir', exact: true }).waitFor();
    await saveScreenshot(page, 'inbox-es');
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(scriptProblems).toEqual([]);
  });
});
