import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

describe('an admin sets up the messenger in Settings → Messenger', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  const scriptProblems: string[] = [];

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => team.adminToken)(method, path, body);

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    browser = await launchBrowser();
    admin = await signInPage(browser, server.baseUrl, team.admin.email, scriptProblems, { consoleErrors: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the one-tag install snippet with a copy button, and how to switch from Intercom', async () => {
    await admin.goto(`${server.baseUrl}/settings/messenger`);
    const install = admin.getByRole('region', { name: 'Install' });
    const snippet = install.getByLabel('Install snippet');
    await snippet.waitFor();
    expect(await snippet.inputValue()).toBe((await callApi('GET', '/messenger/settings')).snippet);
    expect(await snippet.inputValue()).toContain(`/widget/${team.workspace.id}`);
    await install.getByRole('button', { name: 'Copy' }).waitFor();
    expect(await install.textContent()).toContain('https://widget.intercom.io/widget/YOUR_APP_ID');
  });

  it('saves the greeting in English and Spanish and both colours, and shows them after a reload', async () => {
    const greeting = admin.getByRole('group', { name: 'Greeting' });
    await greeting.getByLabel('English').fill('Hello! How can we help with your order?');
    await greeting.getByLabel('Español').fill('¡Hola! ¿En qué podemos ayudarte con tu pedido?');
    await admin.getByLabel('Primary colour', { exact: true }).fill('#0f766e');
    await admin.getByLabel('Launcher colour', { exact: true }).fill('#B45309');
    const preview = admin.locator('.messenger-preview');
    await preview.getByText('Hello! How can we help with your order?').waitFor();
    await preview.getByRole('button', { name: 'Español' }).click();
    await preview.getByText('¡Hola! ¿En qué podemos ayudarte con tu pedido?').waitFor();
    await saveScreenshot(admin, 'settings-messenger');

    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByRole('status').getByText('Saved.').waitFor();
    await admin.reload();
    await expect
      .poll(() => greeting.getByLabel('Español').inputValue())
      .toBe('¡Hola! ¿En qué podemos ayudarte con tu pedido?');
    expect(await greeting.getByLabel('English').inputValue()).toBe('Hello! How can we help with your order?');
    expect(await admin.getByLabel('Primary colour', { exact: true }).inputValue()).toBe('#0f766e');
    expect(await admin.getByLabel('Launcher colour', { exact: true }).inputValue()).toBe('#B45309');
    expect(await callApi('GET', '/messenger/settings')).toMatchObject({
      primary_color: '#0f766e',
      launcher_color: '#B45309',
      greeting: { en: 'Hello! How can we help with your order?', es: '¡Hola! ¿En qué podemos ayudarte con tu pedido?' },
    });
  });

  it('refuses a colour that is not #rrggbb next to the field, without saving', async () => {
    const primary = admin.getByLabel('Primary colour', { exact: true });
    await primary.fill('teal');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('Use a colour like #2563eb.').waitFor();
    expect(await primary.getAttribute('aria-invalid')).toBe('true');
    expect(await primary.evaluate((input) => input === document.activeElement)).toBe(true);
    expect((await callApi('GET', '/messenger/settings')).primary_color).toBe('#0f766e');
    await primary.fill('#0f766e');
  });

  it('turns identity verification on, and shows, copies and rotates the secret', async () => {
    const identity = admin.getByRole('region', { name: 'Identity verification' });
    const secret = identity.getByLabel('Identity verification secret', { exact: true });
    expect(await secret.getAttribute('type')).toBe('password');
    await identity.getByRole('switch', { name: 'Require identity verification' }).check();
    await identity.getByText('the messenger refuses users whose user_hash is missing or wrong').waitFor();
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByRole('status').getByText('Saved.').waitFor();
    const saved = await callApi('GET', '/messenger/settings');
    expect(saved.identity_verification).toBe(true);

    await identity.getByRole('button', { name: 'Show' }).click();
    expect(await secret.getAttribute('type')).toBe('text');
    expect(await secret.inputValue()).toBe(saved.identity_secret);
    await identity.getByRole('button', { name: 'Copy' }).waitFor();
    await identity.getByText('How to compute user_hash').click();
    await identity.getByText("createHmac('sha256'", { exact: false }).waitFor();

    await identity.getByRole('button', { name: 'Rotate the identity verification secret' }).click();
    await identity.getByRole('button', { name: 'Confirm' }).click();
    await identity.getByText('A new secret was created.').waitFor();
    const rotated = (await callApi('GET', '/messenger/settings')).identity_secret;
    expect(rotated).not.toBe(saved.identity_secret);
    await expect.poll(() => secret.inputValue()).toBe(rotated);
  });

  it('shows the field error for an origin that is not one, then saves the fixed list', async () => {
    const origins = admin.getByLabel('Allowed origins');
    await origins.fill('https://www.example.com\nwww.example.com/shop');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('“www.example.com/shop” is not an origin.').waitFor();
    expect(await origins.getAttribute('aria-invalid')).toBe('true');
    expect(await origins.evaluate((input) => input === document.activeElement)).toBe(true);
    expect((await callApi('GET', '/messenger/settings')).allowed_origins).toEqual([]);
    await saveScreenshot(admin, 'settings-messenger-origin-error');

    await origins.fill('https://www.example.com\n\nhttps://App.Example.com:8443');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByRole('status').getByText('Saved.').waitFor();
    expect(await origins.inputValue()).toBe('https://www.example.com\nhttps://app.example.com:8443');
    expect((await callApi('GET', '/messenger/settings')).allowed_origins).toEqual([
      'https://www.example.com',
      'https://app.example.com:8443',
    ]);
  });

  it('is not offered to agents, and tells them only admins set it up', async () => {
    const agent = await signInPage(browser, server.baseUrl, team.agent.email, scriptProblems);
    await agent.goto(`${server.baseUrl}/settings/profile`);
    const tabs = agent.getByRole('navigation', { name: 'Settings sections' });
    await tabs.getByRole('link', { name: 'Bot workflows' }).waitFor();
    expect(await tabs.getByRole('link', { name: 'Messenger' }).count()).toBe(0);
    await agent.goto(`${server.baseUrl}/settings/messenger`);
    await agent.getByText('Only admins can set up the messenger.').waitFor();
    await agent.context().close();
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
