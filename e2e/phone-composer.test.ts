import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

describe('the composer on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  const problems: string[] = [];

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    team = await buildTeamWorkspace(server.db, 'Acme Móvil');
    await ensureDefaultViews(server.db, team.workspace.id);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes Enter as a new line (a phone keyboard has no Shift+Enter) and sends with the Send button', async () => {
    const callApi = apiCaller(server.baseUrl, () => team.adminToken);
    const contact = await callApi('POST', '/contacts', { email: 'pablo@example.com', name: 'Pablo Ruiz' });
    const message = await callApi('POST', '/conversations', {
      from: { type: 'user', id: contact.id },
      body: 'Hola, ¿me ayudáis con un pedido?',
    });
    const page = await signInPage(browser, server.baseUrl, team.admin.email, problems, { phone: true });
    await page.goto(`${server.baseUrl}/inbox/all/${message.conversation_id}`);
    const partCount = async () =>
      (await callApi('GET', `/conversations/${message.conversation_id}`)).conversation_parts.total_count as number;
    const partsBefore = await partCount();
    const reply = page.getByLabel('Reply to the customer');
    await reply.tap();
    await reply.pressSequentially('Primera línea');
    await reply.press('Enter');
    await reply.pressSequentially('Segunda línea');
    await expect.poll(() => reply.inputValue()).toBe('Primera línea\nSegunda línea');
    expect(await partCount()).toBe(partsBefore);

    await page.getByRole('button', { name: 'Send', exact: true }).tap();
    await expect.poll(() => reply.inputValue()).toBe('');
    await expect
      .poll(async () => {
        const conversation = await callApi('GET', `/conversations/${message.conversation_id}`);
        return conversation.conversation_parts.conversation_parts.map((part: { body: string | null }) => part.body);
      })
      .toContainEqual(expect.stringContaining('Primera línea'));
    expect(problems).toEqual([]);
  });
});
