import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoWorkspace } from '../server/domain/workspaces/demo.ts';
import { startSampleSite } from '../server/sample-site/serve.ts';
import { buildToken, TEST_PASSWORD } from '../test/factories.ts';
import { launchBrowser } from './browser.ts';
import {
  assertMessengerBuilt,
  eventually,
  messengerFrame,
  openHostPage,
  seriousAxeViolationsIn,
} from './messenger-helpers.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller } from './session.ts';

const SHOTS = '/tmp/shots-messenger-tickets';
const PHONE = { width: 390, height: 844 };
const NOTE = 'NOTA INTERNA: revisar historial de impagos';
const TITLE = 'Cobro duplicado en la factura de mayo';

async function shoot(target: Page | Locator, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

/**
 * The customer's side of a ticket, from the sample website: Marta chats in the messenger; the agent (API) makes
 * her chat a customer ticket; the Tickets tab shows it live; state changes, the team's comments and her own
 * comments flow both ways in Spanish, and notes never show. The signed page the agent can send shows the same
 * and follows the next change live; all of it on a 390 px phone too.
 */
describe('customer tickets in the messenger and on the signed page', () => {
  let server: RunningServer;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;
  let customer: Page;
  let frame: Frame;
  let signedUrl: string;
  let ticketId: string;
  let conversationId: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the API's answers loosely
  let api: (method: string, path: string, body?: unknown) => Promise<any>;
  const problems: string[] = [];
  const tabs = () => frame.getByRole('navigation', { name: 'Secciones del chat' });
  const badge = () => frame.locator('.screen-header .state-badge');
  const timeline = () => frame.getByRole('log', { name: 'Novedades de este ticket' });
  const move = (state: string) => api('PUT', `/tickets/${ticketId}`, { state });
  const reply = (message_type: 'comment' | 'note', body: string) =>
    api('POST', `/tickets/${ticketId}/reply`, { type: 'admin', message_type, body });

  beforeAll(async () => {
    assertMessengerBuilt();
    server = await startTestServer();
    const demo = await ensureDemoWorkspace(server.db, TEST_PASSWORD);
    if (!demo) throw new Error('the demo workspace was not created');
    const ana = await server.db
      .selectFrom('teammates')
      .selectAll()
      .where('email', '=', demo.adminEmail)
      .executeTakeFirstOrThrow();
    const token = await buildToken(server.db, ana);
    api = apiCaller(server.baseUrl, () => token);
    site = await startSampleSite(
      { charlaUrl: server.baseUrl, workspaceId: demo.workspace.id, identitySecret: demo.workspace.identity_secret },
      0,
      '127.0.0.1',
    );
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await server?.close();
  });

  it('the customer chats from the sample website; no Tickets tab yet', async () => {
    ({ page: customer } = await openHostPage(browser, `${siteUrl}/?lang=es&user=1`, problems, { locale: 'es-ES' }));
    await customer.getByRole('button', { name: 'Contact us / Contáctanos' }).click();
    frame = await messengerFrame(customer);
    await frame.getByRole('button', { name: /Envíanos un mensaje/ }).click();
    const composer = frame.getByLabel('Escribe un mensaje');
    await composer.fill('Hola, me habéis cobrado dos veces la factura de mayo');
    await composer.press('Enter');
    await frame.locator('.from-team .bubble').first().waitFor();
    expect(await tabs().count()).toBe(0);
    const { conversations } = await api('GET', '/conversations?per_page=50');
    const mine = [];
    for (const summary of conversations) {
      const full = await api('GET', `/conversations/${summary.id}`);
      if (full.source.body?.includes('cobrado dos veces la factura de mayo')) mine.push(full);
    }
    expect(mine).toHaveLength(1);
    conversationId = mine[0].id;
  });

  it('the agent makes it a customer ticket: the chat says so and the Tickets tab shows it, live', async () => {
    const types = (await api('GET', '/ticket_types')).data;
    const conversation = await api('GET', `/conversations/${conversationId}`);
    const ticket = await api('POST', '/tickets', {
      ticket_type_id: types.find((type: { category: string }) => type.category === 'Customer').id,
      contacts: [{ id: conversation.contacts.contacts[0].id }],
      ticket_attributes: {
        _default_title_: TITLE,
        _default_description_: 'Aparecen dos cargos de 49 € el 3 de mayo en la tarjeta acabada en 4242.',
      },
      conversation_to_link_id: conversationId,
    });
    ticketId = ticket.id;
    const notice = frame.locator('.ticket-notice').filter({ hasText: TITLE });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Ver ticket' }).waitFor();
    await frame.getByRole('button', { name: 'Volver' }).click();
    await tabs()
      .getByRole('button', { name: /Tickets/ })
      .click();
    const row = frame.getByRole('list', { name: 'Tus tickets' }).getByRole('button', { name: new RegExp(TITLE) });
    await row.waitFor();
    expect(await row.locator('.state-badge').textContent()).toBe('Recibido');
    expect(await seriousAxeViolationsIn(frame)).toEqual([]);
    await shoot(customer.locator('iframe.charla-frame'), 'desktop-es-1-tickets-tab');
  });

  it('the customer opens it; the agent moves it to In progress and the badge and notice change at once', async () => {
    await frame
      .getByRole('list', { name: 'Tus tickets' })
      .getByRole('button', { name: new RegExp(TITLE) })
      .click();
    await frame.getByRole('heading', { name: TITLE }).waitFor();
    expect(await badge().textContent()).toBe('Recibido');
    await frame.getByText('Aparecen dos cargos de 49 €').waitFor();
    await move('in_progress');
    await timeline().locator('.state-notice').filter({ hasText: 'Tu ticket ahora está: En curso' }).waitFor();
    await eventually(() => badge().textContent()).toBe('En curso');
    await eventually(() => frame.getByRole('status').textContent()).toBe('Tu ticket ahora está: En curso');
  });

  it('a note never shows; the team’s public comment does, with a marker while she is elsewhere', async () => {
    await frame.getByRole('button', { name: 'Volver' }).click();
    await reply('note', NOTE);
    await reply('comment', 'Hola Marta, hemos pedido al banco que anule el segundo cargo.');
    const tab = tabs().getByRole('button', { name: /^Tickets\s*, Novedades$/ });
    await tab.waitFor();
    const row = frame.getByRole('list', { name: 'Tus tickets' }).getByRole('button', { name: new RegExp(TITLE) });
    expect(await row.locator('.unread-dot').count()).toBe(1);
    await row.click();
    await timeline().locator('.from-team .bubble').filter({ hasText: 'anule el segundo cargo' }).waitFor();
    expect(await frame.locator('body').textContent()).not.toContain('NOTA INTERNA');
    expect(await seriousAxeViolationsIn(frame)).toEqual([]);
  });

  it('the customer comments back and the agent’s API sees it', async () => {
    const composer = frame.getByLabel('Añade un comentario');
    await composer.fill('¡Gracias! Quedo atenta.');
    await composer.press('Enter');
    await timeline().locator('.from-customer .bubble').filter({ hasText: 'Quedo atenta' }).waitFor();
    await eventually(async () => {
      const parts = (await api('GET', `/tickets/${ticketId}`)).ticket_parts.ticket_parts;
      return parts
        .filter((part: { author: { type: string } }) => part.author.type === 'user')
        .map((part: { body: string }) => part.body);
    }).toEqual(['<p>¡Gracias! Quedo atenta.</p>']);
    expect(await frame.locator('body').textContent()).not.toContain('NOTA INTERNA');
    await shoot(customer.locator('iframe.charla-frame'), 'desktop-es-2-ticket-view');
  });

  it('the signed page shows the same, and follows the next state change live', async () => {
    // The link names the server's PUBLIC_URL; the test server listens on a port of its own.
    const link = new URL((await api('GET', `/tickets/${ticketId}/customer_link`)).url);
    expect(link.pathname).toMatch(/^\/t\/[a-z0-9]+\/\d+$/);
    signedUrl = `${server.baseUrl}${link.pathname}${link.search}`;
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`signed page: ${error.message}`));
    page.on('console', (message) => {
      const isLoadFailure = message.text().startsWith('Failed to load resource');
      if (message.type() === 'error' && !isLoadFailure) problems.push(`signed page console: ${message.text()}`);
    });
    await page.goto(signedUrl);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const pageBadge = page.locator('.portal-status .state-badge');
    expect(await pageBadge.textContent()).toBe('En curso');
    await page.locator('.bubble').filter({ hasText: 'anule el segundo cargo' }).waitFor();
    await page.locator('.bubble').filter({ hasText: 'Quedo atenta' }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('NOTA INTERNA');
    expect(await seriousAxeViolationsIn(page.mainFrame())).toEqual([]);
    await shoot(page, 'desktop-es-3-signed-page');

    await move('waiting_on_customer');
    await page.locator('.state-notice').filter({ hasText: 'Tu ticket ahora está: Esperando tu respuesta' }).waitFor();
    await eventually(() => pageBadge.textContent()).toBe('Esperando tu respuesta');
    await eventually(() => badge().textContent()).toBe('Esperando tu respuesta');

    await page.getByRole('button', { name: 'English' }).click();
    await eventually(() => pageBadge.textContent()).toBe('Awaiting your reply');
    await page.getByRole('heading', { name: 'Updates on this ticket' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await shoot(page, 'desktop-en-4-signed-page');

    await page.setViewportSize(PHONE);
    await shoot(page, 'phone-en-5-signed-page');
    const tampered = signedUrl.replace(/s=(.)/, (_, first: string) => `s=${first === 'A' ? 'B' : 'A'}`);
    const refused = await page.goto(tampered);
    expect(refused?.status()).toBe(404);
    await context.close();
  });

  it('on a 390×844 phone, in English: the Tickets tab, the ticket and the signed page, live', async () => {
    const { context, page: phone } = await openHostPage(browser, `${siteUrl}/?lang=en&user=1`, problems, {
      locale: 'en-US',
      viewport: PHONE,
      isMobile: true,
    });
    await phone.getByRole('button', { name: 'Contact us / Contáctanos' }).click();
    const phoneFrame = await messengerFrame(phone);
    const phoneTabs = phoneFrame.getByRole('navigation', { name: 'Messenger sections' });
    await phoneTabs.getByRole('button', { name: /Tickets/ }).click();
    const row = phoneFrame.getByRole('list', { name: 'Your tickets' }).getByRole('button', { name: new RegExp(TITLE) });
    await row.waitFor();
    expect(await row.locator('.state-badge').textContent()).toBe('Awaiting your reply');
    await eventually(() => phone.locator('iframe.charla-frame').boundingBox()).toEqual({ x: 0, y: 0, ...PHONE });
    await shoot(phone, 'phone-en-6-tickets-tab');
    await row.click();
    await phoneFrame.getByRole('heading', { name: TITLE }).waitFor();
    const fontSizes = await phoneFrame.evaluate(() =>
      [...document.querySelectorAll('textarea')].map((field) => Number.parseFloat(getComputedStyle(field).fontSize)),
    );
    for (const size of fontSizes) expect(size).toBeGreaterThanOrEqual(16);
    const overflow = await phoneFrame.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(phone, 'phone-en-7-ticket-view');

    const signed = await context.newPage();
    await signed.goto(signedUrl);
    await signed.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await signed.locator('.portal-status .state-badge').textContent()).toBe('Awaiting your reply');
    await move('resolved');
    await signed.locator('.state-notice').filter({ hasText: 'Your ticket is now: Resolved' }).waitFor();
    await eventually(() => signed.locator('.portal-status .state-badge').textContent()).toBe('Resolved');
    await eventually(() => phoneFrame.locator('.screen-header .state-badge').textContent()).toBe('Resolved');
    const signedOverflow = await signed.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(signedOverflow).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolationsIn(signed.mainFrame())).toEqual([]);
    await shoot(signed, 'phone-en-8-signed-page-resolved');
    await shoot(phone, 'phone-en-9-ticket-resolved');
    expect(await seriousAxeViolationsIn(phoneFrame)).toEqual([]);
    await context.close();
  });

  it('reads the same in the other language at either size (screenshots for people to look at)', async () => {
    const views: [string, 'es' | 'en', { width: number; height: number }, boolean][] = [
      ['phone-es', 'es', PHONE, true],
      ['desktop-en', 'en', { width: 1280, height: 800 }, false],
    ];
    for (const [name, lang, viewport, isMobile] of views) {
      const { context, page } = await openHostPage(browser, `${siteUrl}/?lang=${lang}&user=1`, problems, {
        locale: lang === 'es' ? 'es-ES' : 'en-US',
        viewport,
        isMobile,
      });
      await page.getByRole('button', { name: 'Contact us / Contáctanos' }).click();
      const inside = await messengerFrame(page);
      const target = isMobile ? page : page.locator('iframe.charla-frame');
      await inside.locator('.ticket-row').filter({ hasText: TITLE }).waitFor();
      await shoot(target, `${name}-09-home`);
      // Nothing sticks out of its card (a long title is cut with an ellipsis).
      const overflowing = await inside.evaluate(() =>
        [...document.querySelectorAll('.card')].flatMap((card) => {
          const right = card.getBoundingClientRect().right;
          const inner = [...card.querySelectorAll('*')].filter(
            (node) => node.getBoundingClientRect().right > right + 1,
          );
          return right > window.innerWidth || inner.length > 0 ? [card.textContent] : [];
        }),
      );
      expect(overflowing).toEqual([]);
      await inside.getByRole('button', { name: /^Tickets/ }).click();
      const row = inside.locator('.ticket-row').filter({ hasText: TITLE });
      await row.waitFor();
      await shoot(target, `${name}-10-tickets-tab`);
      await row.click();
      await inside.getByRole('heading', { name: TITLE }).waitFor();
      await shoot(target, `${name}-11-ticket-view`);
      const signed = await context.newPage();
      await signed.goto(`${signedUrl}&lang=${lang}`);
      await signed.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await shoot(signed, `${name}-12-signed-page`);
      await context.close();
    }
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
