import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { buildTeammate, buildWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';

const INBOX_VIEWS_EN = ['Your inbox', 'Mentions', 'Created by you', 'All', 'Unassigned'];

describe('an admin signs in to the web app', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let admin: TeammateRow;
  let baseUrl: string;
  const scriptProblems: string[] = [];

  const link = (name: string) => page.getByRole('link', { name, exact: true });
  const button = (name: string) => page.getByRole('button', { name, exact: true });

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    baseUrl = server.baseUrl;
    const db = server.db;
    const workspace = await buildWorkspace(db, 'Acme Soporte');
    admin = await buildTeammate(db, workspace.id, { role: 'admin', name: 'Ana Admin', email: 'ana@example.com' });
    await buildTeammate(db, workspace.id, { role: 'agent', name: 'Luis Agente', email: 'luis@example.com' });

    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    page.on('pageerror', (error) => scriptProblems.push(error.message));
    page.on('console', (message) => {
      // A 401 from GET /api/auth/session before sign-in is expected and logged by Chromium as a failed load.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        scriptProblems.push(message.text());
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('redirects a visitor of / to the sign-in page', async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in to Charla' }).waitFor();
    expect(await page.getByLabel('Email').count()).toBe(1);
    expect(await page.getByLabel('Password').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await saveScreenshot(page, 'sign-in');
  });

  it('shows a translated error for a wrong password', async () => {
    await page.getByLabel('Email').fill('ana@example.com');
    await page.getByLabel('Password').fill('not the password');
    await button('Sign in').click();
    const alert = page.getByRole('alert').filter({ hasText: 'do not match' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe('That email and password do not match. Check them and try again.');
    expect(page.url()).toBe(`${baseUrl}/sign-in`);
  });

  it('signs in to the app frame with the inbox views in English', async () => {
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await button('Sign in').click();
    await page.waitForURL('**/inbox/you');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const view of [...INBOX_VIEWS_EN, 'Settings'])
      await nav.getByRole('link', { name: view, exact: true }).waitFor();
    expect(await link('Your inbox').getAttribute('aria-current')).toBe('page');
    await page.getByRole('heading', { level: 1, name: 'Your inbox' }).waitFor();
    await page.getByText('No conversations here. Nice work.').waitFor();
    await page.getByText('Ana Admin', { exact: true }).waitFor();
    expect(await button('Active').getAttribute('aria-pressed')).toBe('true');
    await saveScreenshot(page, 'inbox-en');
  });

  it('moves between inbox views, marking the current one', async () => {
    await link('Unassigned').click();
    await page.getByRole('heading', { level: 1, name: 'Unassigned' }).waitFor();
    expect(await link('Unassigned').getAttribute('aria-current')).toBe('page');
    expect(await link('Your inbox').getAttribute('aria-current')).toBeNull();
  });

  it('switches to Spanish and saves the choice on the teammate', async () => {
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/admins/${admin.id}`) && r.request().method() === 'PUT',
    );
    await button('Español').click();
    expect((await saved).status()).toBe(200);
    await link('Tu bandeja de entrada').waitFor();
    for (const label of ['Menciones', 'Creadas por ti', 'Todas', 'Sin asignar', 'Configuración'])
      await link(label).waitFor();
    expect(await link('Your inbox').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const row = await server.db
      .selectFrom('teammates')
      .select('language')
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow();
    expect(row.language).toBe('es');
    await page.getByRole('heading', { level: 1, name: 'Sin asignar' }).waitFor();
    await link('Tu bandeja de entrada').click();
    await page.getByText('No hay conversaciones aquí. Buen trabajo.').waitFor();
    await saveScreenshot(page, 'inbox-es');
  });

  it('keeps Spanish after a reload, from the teammate rather than this device', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await link('Tu bandeja de entrada').waitFor();
    expect(await button('Ausente').count()).toBe(1);
    const me = await page.evaluate(() => fetch('/api/me').then((response) => response.json()));
    expect(me.language).toBe('es');
  });

  it('lists the admin under Settings → Teammates', async () => {
    await link('Configuración').click();
    await page.waitForURL('**/settings/profile');
    await page.getByRole('heading', { level: 2, name: 'Perfil' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Idioma', exact: true }).inputValue()).toBe('es');
    const zones = page.getByRole('combobox', { name: 'Zona horaria' });
    const common = zones.locator('optgroup[label="Zonas horarias habituales"] option');
    expect((await common.allTextContents()).slice(0, 3)).toEqual([
      expect.stringMatching(/^Madrid \(GMT\+\d\)$/),
      expect.stringMatching(/^Ciudad de México \(GMT-\d\)$/),
      'Bogotá (GMT-5)',
    ]);
    await zones.selectOption('America/Bogota');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByRole('status').filter({ hasText: 'Guardado.' }).waitFor();
    await saveScreenshot(page, 'profile-es');
    await link('Compañeros de equipo').click();
    await page.getByRole('heading', { level: 2, name: 'Compañeros de equipo' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'ana@example.com' });
    await row.waitFor();
    expect(await row.getByRole('rowheader').textContent()).toContain('Ana Admin');
    expect(await row.getByRole('combobox', { name: 'Rol de Ana Admin' }).inputValue()).toBe('admin');
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers.filter((header) => header === 'Estado')).toHaveLength(1);
    expect(headers).not.toContain('Cuenta');
    expect(await row.getByRole('cell').allTextContents()).toContain('Activo');
    await page.getByRole('row').filter({ hasText: 'luis@example.com' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Invitar a un compañero' }).waitFor();
    await saveScreenshot(page, 'teammates-es');
  });

  it('switches back to English and creates a team with members', async () => {
    await button('English').click();
    await link('Teams').click();
    await page.getByRole('heading', { level: 2, name: 'Teams' }).waitFor();
    await page.getByLabel('Team name').fill('Billing');
    await page.getByRole('checkbox', { name: 'Luis Agente' }).check();
    await button('Create team').click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Billing' }) });
    await card.waitFor();
    expect(await card.getByRole('listitem').allTextContents()).toEqual(['Luis Agente']);
    await saveScreenshot(page, 'teams');
  });

  it('shows a new access token once, with a warning, and it works', async () => {
    await link('Access tokens').click();
    await page.getByLabel('Token name').fill('Zapier');
    await button('Create token').click();
    const field = page.getByRole('textbox', { name: 'Access token', exact: true });
    await field.waitFor();
    const token = await field.inputValue();
    expect(token).toMatch(/^charla_\w+_[\w-]{20,}$/);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    await page.getByText('it will not be shown again').waitFor();
    await button('Copy').waitFor();
    await page.getByRole('row').filter({ hasText: 'Zapier' }).waitFor();
    await saveScreenshot(page, 'tokens');

    const me = await fetch(`${baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);

    await page.reload();
    await page.getByRole('row').filter({ hasText: 'Zapier' }).waitFor();
    expect(await page.content()).not.toContain(token);
  });

  it('changes the password from Profile, staying signed in', async () => {
    await link('Profile').click();
    await page.getByRole('heading', { level: 3, name: 'Password' }).waitFor();
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password').fill('a brand new secret');
    await button('Change password').click();
    await page.getByRole('alert').filter({ hasText: 'That is not your current password. Type it again.' }).waitFor();
    await page.getByLabel('Current password').fill(TEST_PASSWORD);
    await button('Change password').click();
    await page.getByText('Password changed. Other devices were signed out.').waitFor();
    await saveScreenshot(page, 'profile-password');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Profile' }).waitFor();
    const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@example.com', password: 'a brand new secret' }),
    });
    expect(signIn.status).toBe(200);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(scriptProblems).toEqual([]);
  });
});
