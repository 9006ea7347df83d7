import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { createVisitorSession } from '../server/realtime/visitor-sessions.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { connectSocket, type TestSocket } from '../test/realtime-client.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

describe('an agent works the open conversation: bot answers, right panel, presence and mentions', () => {
  let server: RunningServer;
  let browser: Browser;
  let luis: Page;
  let marta: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  let visitor: TestSocket | undefined;
  let contactId: string;
  let conversationId: string;
  let earlierId: string;
  const scriptProblems: string[] = [];

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => team.adminToken)(method, path, body);

  const conversation = () => callApi('GET', `/conversations/${conversationId}`);

  const signedInPage = (email: string) =>
    signInPage(browser, server.baseUrl, email, scriptProblems, { consoleErrors: true });

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    const contact = await callApi('POST', '/contacts', {
      email: 'maria@example.com',
      name: 'María García',
      external_id: 'cliente-42',
      custom_attributes: {},
    });
    contactId = contact.id;
    const earlier = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contactId },
      body: '<p>¿Cómo cambio mi contraseña?</p>',
    });
    earlierId = earlier.conversation_id;
    const message = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contactId },
      body: '<p>Me cobraron dos veces este mes.</p>',
    });
    conversationId = message.conversation_id;
    await callApi('PUT', `/conversations/${conversationId}`, {
      custom_attributes: { Tema: 'Facturación', Plan: 'Pro anual', 'Pedido urgente': true },
    });
    await callApi('POST', '/teams', { name: 'Facturación' });

    browser = await launchBrowser();
    // This walk stays on one conversation: closing or snoozing would move on to the next (e2e/keyboard-flow.test.ts).
    await apiCaller(server.baseUrl, () => team.agentToken)('PUT', '/me/preferences', { move_on_after_close: false });
    luis = await signedInPage(team.agent.email);
    marta = await signedInPage(team.manager.email);
  });

  afterAll(async () => {
    visitor?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the bot’s answers in a card at the top of the thread', async () => {
    await luis.goto(`${server.baseUrl}/inbox/unassigned/${conversationId}`);
    const card = luis.getByRole('region', { name: 'Bot answers' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Tema');
    expect(await card.textContent()).toContain('Facturación');
    expect(await card.textContent()).toContain('Pro anual');
  });

  it('shows who the contact is and links their previous conversations', async () => {
    const contactPanel = luis.getByRole('region', { name: 'Contact' });
    await contactPanel.getByText('cliente-42').waitFor();
    expect(await contactPanel.textContent()).toContain('maria@example.com');
    const previous = contactPanel.getByRole('link', { name: /Cómo cambio mi contraseña/ });
    expect(await previous.getAttribute('href')).toBe(`/inbox/unassigned/${earlierId}`);
    await saveScreenshot(luis, 'thread-details');
  });

  it('marks it as priority', async () => {
    const priority = luis.getByRole('button', { name: 'Priority' });
    await priority.click();
    await expect.poll(() => priority.getAttribute('aria-pressed')).toBe('true');
    expect((await conversation()).priority).toBe('priority');
    await luis.locator('.thread-header .badge.priority').getByText('Priority').waitFor();
  });

  it('creates a tag by name, adds it and removes it', async () => {
    await luis.getByLabel('Tags').fill('Reembolso');
    await luis.getByRole('button', { name: 'Add', exact: true }).click();
    const tags = luis.getByRole('list', { name: 'Applied tags' });
    await tags.getByText('Reembolso').waitFor();
    expect((await conversation()).tags.tags.map((tag: { name: string }) => tag.name)).toEqual(['Reembolso']);
    await luis.getByText('added the tag “Reembolso”').waitFor();

    await luis.getByRole('button', { name: 'Remove the tag Reembolso' }).click();
    await expect.poll(() => tags.count()).toBe(0);
    expect((await conversation()).tags.tags).toEqual([]);
  });

  it('assigns a team, and finds a manager in the assignee search', async () => {
    await luis.getByLabel('Team', { exact: true }).selectOption({ label: 'Facturación' });
    await expect.poll(async () => (await conversation()).team_assignee_id).not.toBeNull();

    await luis.getByLabel('Search teammates').fill('mar');
    const assignee = luis.getByLabel('Assignee', { exact: true });
    expect(await assignee.locator('option').allTextContents()).toEqual(['Unassigned', 'Marta Manager']);
    await assignee.selectOption({ label: 'Marta Manager' });
    await expect.poll(async () => (await conversation()).admin_assignee_id).toBe(Number(team.manager.id));
  });

  it('tells each teammate when the other views or types, and when the customer types', async () => {
    await marta.goto(`${server.baseUrl}/inbox/you/${conversationId}`);
    await luis.getByText('Marta Manager is also viewing this conversation').waitFor();
    await marta.getByText('Luis Agent is also viewing this conversation').waitFor();

    await marta.getByLabel('Reply to the customer').pressSequentially('Hola Mar');
    await luis.getByText('Marta Manager is typing a reply').waitFor();

    const token = await createVisitorSession(server.db, team.workspace.id, Number(contactId));
    visitor = await connectSocket(server.baseUrl, '/visitors', { token });
    await visitor.ready;
    await visitor.send('typing', { conversation_id: conversationId, is_typing: true });
    await luis.getByText('María García is typing…').waitFor();
    await saveScreenshot(luis, 'thread-presence');
  });

  it('completes @ names of teammates in a note, and the note mentions them', async () => {
    await luis.getByRole('button', { name: 'Note', exact: true }).click();
    const note = luis.getByLabel('Internal note for teammates');
    await note.pressSequentially('Revisa el cobro @mar');
    const suggestions = luis.getByRole('listbox', { name: 'Teammates to mention' });
    await suggestions.getByRole('option', { name: 'Marta Manager' }).waitFor();
    await saveScreenshot(luis, 'thread-mention');
    await note.press('Enter');
    await expect.poll(() => note.inputValue()).toBe('Revisa el cobro @Marta Manager ');
    await note.pressSequentially('por favor');
    await note.press('Enter');
    await luis.locator('.part.is-note').filter({ hasText: '@Marta Manager por favor' }).waitFor();

    const mentions = await server.db
      .selectFrom('mentions')
      .select(['teammate_id', 'conversation_id'])
      .where('workspace_id', '=', team.workspace.id)
      .execute();
    expect(mentions.map((m) => [String(m.teammate_id), String(m.conversation_id)])).toEqual([
      [String(team.manager.id), conversationId],
    ]);
  });

  it('snoozes it until tomorrow morning', async () => {
    await luis.getByRole('button', { name: 'Snooze', exact: true }).click();
    await luis.getByRole('button', { name: /^Tomorrow/ }).click();
    await luis.getByRole('heading', { level: 2, name: 'María García' }).locator('..').getByText('Snoozed').waitFor();
    const snoozed = await conversation();
    expect(snoozed.state).toBe('snoozed');
    expect(snoozed.snoozed_until).toBeGreaterThan(Date.now() / 1000);
    expect(snoozed.snoozed_until - Date.now() / 1000).toBeLessThan(33 * 3600);
    // Until when: in the header's snooze menu (and in the thread's event line).
    await luis.getByRole('button', { name: 'Snooze', exact: true }).click();
    await luis.getByText(/^Snoozed until /).waitFor();
    await saveScreenshot(luis, 'thread-snoozed');
    await luis.keyboard.press('Escape');
  });

  it('reads the panel and the bot answers in Spanish', async () => {
    await luis.getByRole('button', { name: 'Español', exact: true }).click();
    await luis.getByRole('region', { name: 'Respuestas del bot' }).waitFor();
    await luis.getByText('Posponer', { exact: true }).first().waitFor();
    await luis.getByRole('region', { name: 'Contacto' }).waitFor();
    await saveScreenshot(luis, 'thread-es');
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(scriptProblems).toEqual([]);
  });
});
