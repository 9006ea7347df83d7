import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

describe('an admin writes a saved reply and an agent answers with it', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let agent: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  let conversationId: string;
  const scriptProblems: string[] = [];

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => team.adminToken)(method, path, body);

  const signIn = (teammate: TeammateRow) => signInPage(browser, server.baseUrl, teammate.email, scriptProblems);

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    const contact = await callApi('POST', '/contacts', { email: 'maria@example.com', name: 'María García' });
    const message = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contact.id },
      body: '<p>¿Dónde está mi pedido?</p>',
    });
    conversationId = message.conversation_id;
    browser = await launchBrowser();
    admin = await signIn(team.admin);
    agent = await signIn(team.agent);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the admin create a saved reply with placeholders in Settings', async () => {
    await admin.goto(`${server.baseUrl}/settings/saved-replies`);
    const form = admin.getByRole('region', { name: 'New saved reply' });
    await form.getByLabel('Name').fill('Saludo');
    await form.getByLabel('Text').fill('Hola {{contact.first_name}}, soy {{teammate.first_name}}');
    await form.getByRole('button', { name: 'Create saved reply' }).click();
    const list = admin.getByRole('list', { name: 'Saved replies' });
    await list.getByRole('heading', { name: 'Saludo' }).waitFor();
    expect(await list.textContent()).toContain('Hola {{contact.first_name}}, soy {{teammate.first_name}}');
    await saveScreenshot(admin, 'saved-replies-settings');
  });

  it('says a saved reply with that name exists, rather than a vague error', async () => {
    const form = admin.getByRole('region', { name: 'New saved reply' });
    await form.getByLabel('Name').fill('Saludo');
    await form.getByLabel('Text').fill('Otro saludo');
    await form.getByRole('button', { name: 'Create saved reply' }).click();
    await form.getByRole('alert').filter({ hasText: 'A saved reply already has that name' }).waitFor();
    await form.getByLabel('Name').fill('');
    await form.getByLabel('Text').fill('');
  });

  it('shows the agent the saved replies read-only', async () => {
    await agent.goto(`${server.baseUrl}/settings/saved-replies`);
    await agent.getByText('Only managers and admins can change saved replies.').waitFor();
    await agent.getByRole('heading', { name: 'Saludo' }).waitFor();
    expect(await agent.getByRole('button', { name: 'Edit Saludo' }).count()).toBe(0);
    expect(await agent.getByLabel('Name').count()).toBe(0);
  });

  it('opens the picker with / in an empty composer, and Esc leaves the composer empty', async () => {
    await agent.goto(`${server.baseUrl}/inbox/unassigned/${conversationId}`);
    const composer = agent.getByLabel('Reply to the customer');
    await composer.click();
    await agent.keyboard.press('/');
    const search = agent.getByRole('combobox', { name: 'Search saved replies' });
    await search.waitFor();
    await agent.keyboard.press('Escape');
    await search.waitFor({ state: 'hidden' });
    expect(await composer.inputValue()).toBe('');
    expect(await composer.evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it('inserts the saved reply with Ctrl+Shift+S, filled in for María and the agent, and sends it', async () => {
    const composer = agent.getByLabel('Reply to the customer');
    await agent.keyboard.press('Control+Shift+S');
    const search = agent.getByRole('combobox', { name: 'Search saved replies' });
    await search.waitFor();
    await search.fill('salu');
    await agent.getByRole('option', { name: /Saludo/ }).waitFor();
    await saveScreenshot(agent, 'saved-replies-picker');
    await agent.keyboard.press('Enter');

    const firstName = team.agent.name.split(' ')[0];
    await expect.poll(() => composer.inputValue()).toBe(`Hola María, soy ${firstName}`);
    await agent.keyboard.press('Enter');
    await expect.poll(() => composer.inputValue()).toBe('');
    await agent.locator('.thread').getByText(`Hola María, soy ${firstName}`).waitFor();
    await saveScreenshot(agent, 'saved-replies-sent');
    const conversation = await callApi('GET', `/conversations/${conversationId}`);
    const bodies = conversation.conversation_parts.conversation_parts.map((part: { body: string }) => part.body);
    expect(bodies.join('\n')).toContain(`Hola María, soy ${firstName}`);
  });

  it('lists the shortcut in the ? sheet', async () => {
    await agent.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await agent.keyboard.press('?');
    const sheet = agent.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.getByText('Insert a saved reply (while writing)').waitFor();
    await agent.keyboard.press('Escape');
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
