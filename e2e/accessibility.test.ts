import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { DEMO_TRIAGE_WORKFLOW } from '../server/domain/bots/demo-workflow.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { insertBulkConversations } from '../test/bulk-conversations.ts';
import { buildTeamWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { seriousAxeViolations } from './axe.ts';
import { assertWebBuilt, launchBrowser } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller } from './session.ts';

describe('axe-core finds no serious or critical violations on the main screens', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let admin: TeammateRow;
  let workflowId: string;

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer();
    const team = await buildTeamWorkspace(server.db, 'Acme Soporte');
    await ensureDefaultViews(server.db, team.workspace.id);
    await insertBulkConversations(server.db, team.workspace.id, 30);
    admin = team.admin;
    workflowId = (await apiCaller(server.baseUrl, () => team.adminToken)('POST', '/workflows', DEMO_TRIAGE_WORKFLOW))
      .id;
    browser = await launchBrowser();
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('on sign-in', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('on the inbox list', async () => {
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/inbox/you');
    await page.goto(`${server.baseUrl}/inbox/all`);
    await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('on a conversation thread', async () => {
    await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
    await page.getByLabel('Reply to the customer').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('on the shortcuts sheet', async () => {
    await page.locator('main h1').click();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('on the New view dialog', async () => {
    await page.getByRole('button', { name: 'New view' }).click();
    await page.getByRole('dialog', { name: 'New view' }).getByLabel('Name').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('on settings → teammates', async () => {
    await page.goto(`${server.baseUrl}/settings/teammates`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByText(admin.email).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('on settings → messenger', async () => {
    await page.goto(`${server.baseUrl}/settings/messenger`);
    await page.getByLabel('Install snippet').waitFor();
    await page.getByText('How to compute user_hash').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('on settings → bot workflows', async () => {
    await page.goto(`${server.baseUrl}/settings/workflows`);
    await page.getByRole('link', { name: DEMO_TRIAGE_WORKFLOW.name }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('on the workflow editor, every step unfolded, with its preview', async () => {
    await page.goto(`${server.baseUrl}/settings/workflows/${workflowId}`);
    await page.getByRole('log', { name: 'Preview conversation' }).getByRole('button').first().waitFor();
    await page.getByRole('button', { name: 'Unfold all steps' }).click();
    await page.getByRole('textbox', { name: 'Question English' }).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
