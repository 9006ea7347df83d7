import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoWorkspace } from '../server/domain/workspaces/demo.ts';
import { startSampleSite } from '../server/sample-site/serve.ts';
import { TEST_PASSWORD } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { assertMessengerBuilt, messengerFrame, openHostPage } from './messenger-helpers.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { signInPage } from './session.ts';

/**
 * Issue #8, test (a): the demo workspace and the sample website `npm start` serves, on another origin. A
 * signed-in customer opens the messenger from the site's own "Contact us" button, answers the triage bot's
 * buttons in Spanish and is handed off; the agent finds the conversation in Chats with the answers, replies,
 * and the customer reads the reply live.
 */
describe('from the sample website to the Chats view and back', () => {
  let server: RunningServer;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;
  let customer: Page;
  let frame: Frame;
  let agent: Page;
  const problems: string[] = [];
  const choices = () => frame.getByRole('group', { name: 'Elige una respuesta' });
  const teamBubble = (text: string) => frame.locator('.from-team .bubble').filter({ hasText: text });

  beforeAll(async () => {
    assertWebBuilt();
    assertMessengerBuilt();
    server = await startTestServer();
    const demo = await ensureDemoWorkspace(server.db, TEST_PASSWORD);
    if (!demo) throw new Error('the demo workspace was not created');
    site = await startSampleSite(
      { charlaUrl: server.baseUrl, workspaceId: demo.workspace.id, identitySecret: demo.workspace.identity_secret },
      0,
      '127.0.0.1',
    );
    // Another port is another origin: the messenger runs cross-origin, as on a customer's website.
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await server?.close();
  });

  it('the customer opens the messenger from the site’s own button and starts a conversation', async () => {
    ({ page: customer } = await openHostPage(browser, `${siteUrl}/?lang=es&user=1`, problems, { locale: 'es-ES' }));
    await customer.getByRole('button', { name: 'Contact us / Contáctanos' }).click();
    frame = await messengerFrame(customer);
    await frame
      .getByRole('button', { name: /mensaje/i })
      .first()
      .click();
    const composer = frame.getByLabel('Escribe un mensaje');
    await composer.fill('Hola, me habéis cobrado dos veces');
    await composer.press('Enter');
    await teamBubble('¿En qué podemos ayudarte?').waitFor();
  });

  it('answers the bot’s buttons and is handed off to a person', async () => {
    await choices().getByRole('button', { name: 'Facturación' }).click();
    await teamBubble('¿Es sobre una factura o un pago?').waitFor();
    await choices().getByRole('button', { name: 'Un reembolso' }).click();
    await teamBubble('Enseguida te atiende alguien del equipo de facturación').waitFor();
    expect(await choices().count()).toBe(0);
    await saveScreenshot(customer, 'sample-site-handed-off');
  });

  it('the agent finds it in Chats with the customer’s answers and replies', async () => {
    agent = await signInPage(browser, server.baseUrl, 'ana@demo.charla.test', problems, { timeoutMs: 10_000 });
    const nav = agent.getByRole('navigation', { name: /^(Main|Principal)$/ });
    await nav.getByRole('link', { name: 'Chats', exact: true }).click();
    const list = agent.getByRole('list', { name: /^(Conversations|Conversaciones)$/ });
    await list.getByRole('link').filter({ hasText: 'Marta Ruiz' }).click();
    const answers = agent.locator('.bot-summary');
    await expect.poll(() => answers.textContent()).toContain('billing');
    expect(await answers.textContent()).toContain('refund');
    const reply = agent.getByRole('textbox', { name: /^(Reply to the customer|Respuesta al cliente)$/ });
    await reply.fill('Hola Marta, soy Ana. Ya veo el doble cargo, te lo devolvemos hoy.');
    await reply.press('Enter');
    await saveScreenshot(agent, 'sample-site-agent-reply');
  });

  it('the customer reads the reply live, once', async () => {
    const bubble = teamBubble('te lo devolvemos hoy');
    await bubble.waitFor();
    expect(await bubble.count()).toBe(1);
    await saveScreenshot(customer, 'sample-site-reply-live');
  });

  it('ran without script errors', () => {
    expect(problems).toEqual([]);
  });
});
