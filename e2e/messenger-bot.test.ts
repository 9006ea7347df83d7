import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from './browser.ts';
import {
  assertMessengerBuilt,
  eventually,
  type HostSite,
  intercomSnippetPage,
  type MessengerServer,
  messengerFrame,
  openHostPage,
  seriousAxeViolationsIn,
  startHostSite,
  startMessengerServer,
} from './messenger-helpers.ts';

const TRIAGE = {
  name: 'Triage',
  enabled: true,
  definition: {
    start: 'topic',
    steps: [
      {
        type: 'buttons',
        id: 'topic',
        text: { en: 'What is it about?', es: '¿Sobre qué es tu consulta?' },
        attribute: 'topic',
        options: [
          { id: 'billing', label: { en: 'Billing', es: 'Facturación' }, value: 'billing', next: 'handoff' },
          { id: 'tech', label: { en: 'Technical problem', es: 'Problema técnico' }, value: 'tech', next: 'handoff' },
        ],
        on_text: 'reask',
      },
      {
        type: 'handoff',
        id: 'handoff',
        text: { en: 'Thanks! A person takes it from here.', es: '¡Gracias! Ahora te atiende una persona.' },
      },
    ],
  },
};

/**
 * The workspace's triage bot asks with buttons: they show as a row under its question while it waits, in
 * the customer's language (Spanish, from the browser); a double click answers once, and the buttons go once
 * the bot moves on.
 */
describe('the bot’s buttons in the messenger', () => {
  let server: MessengerServer;
  let site: HostSite;
  let browser: Browser;
  let page: Page;
  let frame: Frame;
  const problems: string[] = [];
  const choices = () => frame.getByRole('group', { name: 'Elige una respuesta' });

  beforeAll(async () => {
    assertMessengerBuilt();
    server = await startMessengerServer({ identityVerification: false });
    const workflow = await server.callApi('POST', '/workflows', TRIAGE);
    await server.callApi('POST', `/workflows/${workflow.id}/publish`);
    site = await startHostSite();
    site.setPage('/', {
      body: intercomSnippetPage(
        server.baseUrl,
        server.workspaceId,
        `window.intercomSettings = { app_id: '${server.workspaceId}' };
        Intercom('showNewMessage');`,
      ),
    });
    browser = await launchBrowser();
    ({ page } = await openHostPage(browser, `${site.origin}/`, problems, { locale: 'es-ES' }));
    frame = await messengerFrame(page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
  });

  it('asks its question in Spanish with a row of buttons under it', async () => {
    const composer = frame.getByLabel('Escribe un mensaje');
    await composer.fill('Hola, tengo una duda con un cargo');
    await composer.press('Enter');
    await frame.locator('.from-team .bubble').filter({ hasText: '¿Sobre qué es tu consulta?' }).waitFor();
    await choices().waitFor();
    expect(await choices().getByRole('button').allTextContents()).toEqual(['Facturación', 'Problema técnico']);
    expect(await seriousAxeViolationsIn(frame)).toEqual([]);
    await saveScreenshot(page, 'messenger-11-bot-buttons-es');
  });

  it('answers once on a double click, disabling the buttons, and the bot moves on', async () => {
    await choices().getByRole('button', { name: 'Facturación' }).dblclick();
    await frame.locator('.from-team .bubble').filter({ hasText: 'Ahora te atiende una persona' }).waitFor();
    await eventually(() => choices().count()).toBe(0);
    expect(await frame.locator('.from-customer .bubble').allTextContents()).toEqual([
      'Hola, tengo una duda con un cargo',
      'Facturación',
    ]);
    const [summary] = (await server.callApi('GET', '/conversations')).conversations;
    const conversation = await server.callApi('GET', `/conversations/${summary.id}`);
    const answers = conversation.conversation_parts.conversation_parts.filter((part: { body: string | null }) =>
      part.body?.includes('Facturación'),
    );
    expect(answers).toHaveLength(1);
    await saveScreenshot(page, 'messenger-12-bot-answered-es');
  });

  it('ran without script errors', () => {
    expect(problems).toEqual([]);
  });
});
