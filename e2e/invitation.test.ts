import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTeammate, buildWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';

describe('a teammate joins through an invitation link', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminPage: Page;
  let inviteePage: Page;
  let invitePath: string;

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const workspace = await buildWorkspace(server.db, 'Acme Soporte');
    await buildTeammate(server.db, workspace.id, { role: 'admin', name: 'Ana Admin', email: 'ana@example.com' });
    browser = await launchBrowser();
    const viewport = { width: 1280, height: 800 };
    adminPage = await (await browser.newContext({ locale: 'en-US', viewport })).newPage();
    inviteePage = await (await browser.newContext({ locale: 'es-ES', viewport })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets an admin create an invitation link, listed as pending', async () => {
    await adminPage.goto(`${server.baseUrl}/sign-in`);
    await adminPage.getByLabel('Email').fill('ana@example.com');
    await adminPage.getByLabel('Password').fill(TEST_PASSWORD);
    await adminPage.getByRole('button', { name: 'Sign in', exact: true }).click();
    await adminPage.waitForURL('**/inbox/you');
    await adminPage.goto(`${server.baseUrl}/settings/teammates`);

    await adminPage.getByLabel('Email address').fill('marta@example.com');
    await adminPage.getByLabel('Role', { exact: true }).selectOption('manager');
    await adminPage.getByRole('button', { name: 'Create invitation' }).click();
    const link = adminPage.getByRole('textbox', { name: 'Invitation link' });
    await link.waitFor();
    const inviteUrl = new URL(await link.inputValue());
    // No PUBLIC_URL on the test server: the link uses the address this browser reached it at, port included.
    expect(inviteUrl.origin).toBe(new URL(server.baseUrl).origin);
    invitePath = inviteUrl.pathname;
    expect(invitePath).toMatch(/^\/invite\/.+/);
    const pending = adminPage.getByRole('region', { name: 'Pending invitations' });
    await pending.getByText('marta@example.com').waitFor();
    await saveScreenshot(adminPage, 'invitation-created');
  });

  it('says why an email cannot be invited: already invited, or already a teammate', async () => {
    const form = adminPage.getByRole('region', { name: 'Invite a teammate' });
    await adminPage.getByLabel('Email address').fill('marta@example.com');
    await adminPage.getByRole('button', { name: 'Create invitation' }).click();
    await form.getByRole('alert').filter({ hasText: 'already has an invitation waiting' }).waitFor();
    expect(await adminPage.getByRole('textbox', { name: 'Invitation link' }).count()).toBe(0);
    await adminPage.getByLabel('Email address').fill('ana@example.com');
    await adminPage.getByRole('button', { name: 'Create invitation' }).click();
    await form.getByRole('alert').filter({ hasText: 'Someone with that email is already a teammate.' }).waitFor();
    await saveScreenshot(adminPage, 'invitation-refused');
  });

  it('shows the invitee the workspace, email and role in their browser language, and signs them in', async () => {
    await inviteePage.goto(`${server.baseUrl}${invitePath}`);
    await inviteePage.getByRole('heading', { level: 1, name: 'Únete a Acme Soporte' }).waitFor();
    const intro = await inviteePage.getByText('Te han invitado').textContent();
    expect(intro).toContain('marta@example.com');
    expect(intro).toContain('Gerente');
    expect(await inviteePage.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');
    await saveScreenshot(inviteePage, 'invite-es');

    await inviteePage.getByLabel('Tu nombre').fill('Marta Gerente');
    await inviteePage.getByLabel('Contraseña').fill('una contraseña larga');
    await inviteePage.getByRole('button', { name: 'Unirme al equipo' }).click();
    await inviteePage.waitForURL('**/inbox/you');
    await inviteePage.getByRole('link', { name: 'Tu bandeja de entrada', exact: true }).waitFor();
    await inviteePage.getByText('Marta Gerente', { exact: true }).waitFor();
    const marta = await server.db
      .selectFrom('teammates')
      .select(['role', 'language'])
      .where('email', '=', 'marta@example.com')
      .executeTakeFirstOrThrow();
    expect(marta).toEqual({ role: 'manager', language: 'es' });
  });

  it('answers a used link with a friendly message', async () => {
    await inviteePage.goto(`${server.baseUrl}${invitePath}`);
    await inviteePage.getByRole('heading', { level: 1, name: 'Este enlace de invitación no funciona' }).waitFor();
    await inviteePage.getByRole('link', { name: 'Ir a iniciar sesión' }).waitFor();
  });

  it('signs the new teammate out, back to the sign-in page', async () => {
    await inviteePage.goto(`${server.baseUrl}/`);
    await inviteePage.getByRole('button', { name: 'Cerrar sesión' }).click();
    await inviteePage.waitForURL('**/sign-in');
    await inviteePage.getByRole('heading', { level: 1, name: 'Inicia sesión en Charla' }).waitFor();
    await inviteePage.goto(`${server.baseUrl}/inbox/all`);
    await inviteePage.waitForURL('**/sign-in');
  });
});
