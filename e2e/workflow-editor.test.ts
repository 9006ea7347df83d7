import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { buildTeamWorkspace } from '../test/factories.ts';
import { assertWebBuilt, launchBrowser, saveScreenshot } from './browser.ts';
import { type RunningServer, startTestServer } from './server.ts';
import { apiCaller, signInPage } from './session.ts';

/** A customer's browser on the messenger API: boots in Spanish, then calls it with its visitor token. */
async function customerOf(baseUrl: string, workspaceId: string) {
  const boot = await fetch(`${baseUrl}/api/messenger/${workspaceId}/boot`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language_override: 'es' }),
  });
  const { visitor_token: token } = await boot.json();
  return async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}/api/messenger${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-charla-visitor': token },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return response.json();
  };
}

describe('an admin builds a bilingual bot workflow in Settings → Bot workflows', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let team: Awaited<ReturnType<typeof buildTeamWorkspace>>;
  let workflowId: string;
  const scriptProblems: string[] = [];

  const callApi = (method: string, path: string, body?: unknown) =>
    apiCaller(server.baseUrl, () => team.adminToken)(method, path, body);
  const step = (name: RegExp): Locator => admin.getByRole('article', { name });
  const save = () => admin.getByRole('button', { name: 'Save draft' }).click();

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

  it('creates a workflow from its name and opens it in the editor, starting at a handoff', async () => {
    await admin.goto(`${server.baseUrl}/settings/workflows`);
    const form = admin.getByRole('region', { name: 'New workflow' });
    await form.getByLabel('Workflow name').fill('Soporte web');
    await form.getByRole('button', { name: 'Create and edit' }).click();
    await admin.waitForURL(/\/settings\/workflows\/\d+$/);
    workflowId = admin.url().split('/').at(-1) ?? '';
    await step(/^Hand off to the team handoff/).waitFor();
    expect(await admin.getByLabel('The bot starts at').inputValue()).toBe('handoff');
  });

  it('adds a question with two buttons in English and Spanish, and makes it the start', async () => {
    await admin.getByLabel('New step').selectOption({ label: 'Question with buttons' });
    await admin.getByRole('button', { name: 'Add step' }).click();
    const question = step(/^Question with buttons question/);
    await question.getByRole('textbox', { name: 'Question English' }).fill('What do you need help with?');
    await question.getByRole('textbox', { name: 'Question Español' }).fill('¿Con qué necesitas ayuda?');
    await question.getByRole('textbox', { name: 'Button 1 label English' }).fill('Billing');
    await question.getByRole('textbox', { name: 'Button 1 label Español' }).fill('Facturación');
    await question.getByLabel('Button 1 saved value').fill('billing');
    await question.getByRole('button', { name: 'Add a button' }).click();
    await question.getByRole('textbox', { name: 'Button 2 label English' }).fill('Something else');
    await question.getByRole('textbox', { name: 'Button 2 label Español' }).fill('Otra cosa');
    await question.getByLabel('Button 2 saved value').fill('other');
    expect(await question.getByLabel('Button 2 then goes to').inputValue()).toBe('handoff');
    await admin.getByLabel('The bot starts at').selectOption('question');
    await question.getByText('Start', { exact: true }).waitFor();

    const handoff = step(/^Hand off to the team handoff/);
    await handoff.getByLabel('Write my own handoff message').check();
    await handoff
      .getByRole('textbox', { name: 'Handoff message English' })
      .fill('Thanks! Our billing team will reply here.');
    await handoff.getByRole('link', { name: 'Go to step question' }).waitFor();
  });

  it('shows the missing Spanish translation on its step and focuses it, saving nothing', async () => {
    await save();
    const handoff = step(/^Hand off to the team handoff/);
    await handoff
      .getByRole('list', { name: 'Problems with step handoff' })
      .getByText('Handoff message: the Spanish text is missing.')
      .waitFor();
    const spanish = handoff.getByRole('textbox', { name: 'Handoff message Español' });
    expect(await spanish.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => spanish.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await step(/^Question with buttons question/).getAttribute('class')).not.toContain('has-problems');
    await admin.getByRole('alert').getByText('1 problem keeps this draft from being saved:').waitFor();
    await saveScreenshot(admin, 'workflow-editor-problem');
    expect((await callApi('GET', `/workflows/${workflowId}`)).draft.steps).toHaveLength(1);
  });

  it('saves the draft once the translation is written', async () => {
    const handoff = step(/^Hand off to the team handoff/);
    await handoff
      .getByRole('textbox', { name: 'Handoff message Español' })
      .fill('¡Gracias! El equipo de facturación te responderá aquí.');
    await save();
    await admin.getByRole('status').getByText('Draft saved.').waitFor();
    const saved = await callApi('GET', `/workflows/${workflowId}`);
    expect(saved.draft.start).toBe('question');
    expect(saved.draft.steps.map((s: { id: string }) => s.id)).toEqual(['handoff', 'question']);
    expect(saved.draft.steps[1].options.map((o: { value: string }) => o.value)).toEqual(['billing', 'other']);
    expect(saved.published_version).toBeNull();
  });

  it('previews the draft in Spanish: clicking a button reaches the handoff text', async () => {
    const preview = admin.getByRole('region', { name: 'Preview' });
    await preview.getByRole('button', { name: 'Español' }).click();
    const conversation = preview.getByRole('log', { name: 'Preview conversation' });
    await conversation.getByText('¿Con qué necesitas ayuda?').waitFor();
    await preview.getByText('Waiting for the customer').waitFor();
    await conversation.getByRole('button', { name: 'Facturación' }).click();
    await conversation.getByText('¡Gracias! El equipo de facturación te responderá aquí.').waitFor();
    await preview.getByText('Handed off to the team', { exact: true }).waitFor();
    await conversation.getByText('Bot handed off to the team · workflow finished').waitFor();
    expect(await preview.locator('.preview-attributes').textContent()).toContain('billing');
    expect(await conversation.getByRole('button').count()).toBe(0);
    await saveScreenshot(admin, 'workflow-editor-preview');

    await preview.getByRole('button', { name: 'Restart' }).click();
    await conversation.getByRole('button', { name: 'Otra cosa' }).waitFor();
  });

  it('publishes the draft as v1 after a confirmation', async () => {
    await admin.getByRole('button', { name: 'Publish', exact: true }).click();
    await admin.getByRole('button', { name: 'Publish v1' }).click();
    await admin.getByRole('status').getByText('Published v1.').waitFor();
    await admin.locator('.workflow-toolbar').getByText('Published v1', { exact: true }).waitFor();
    expect((await callApi('GET', `/workflows/${workflowId}`)).published_version).toBe(1);
  });

  it('runs once on: the agent sees the conversation with the bot, then its buttons, the click and the handoff', async () => {
    await admin.getByRole('switch', { name: 'Run “Soporte web” on new conversations' }).check();
    await expect.poll(async () => (await callApi('GET', `/workflows/${workflowId}`)).enabled).toBe(true);

    const visitor = await customerOf(server.baseUrl, team.workspace.id);
    const started = await visitor('POST', '/conversations', {
      body: 'Hola',
      idempotency_key: 'hola-1',
      language: 'es',
    });
    const conversationId = started.conversation.id;
    const agent = await signInPage(browser, server.baseUrl, team.agent.email, scriptProblems);
    await agent.goto(`${server.baseUrl}/inbox/all`);
    const row = agent.getByRole('list', { name: 'Conversations' }).getByRole('link').first();
    await row.getByText('With bot').waitFor();

    await visitor('POST', `/conversations/${conversationId}/answer`, {
      step_id: 'question',
      option_id: 'option_1',
      idempotency_key: 'click-1',
    });
    await agent.goto(`${server.baseUrl}/inbox/all/${conversationId}`);
    const thread = agent.getByRole('log', { name: 'Messages' });
    await thread.getByText('Bot handed off to the team · workflow finished').waitFor();
    const offered = thread.getByRole('list', { name: 'Buttons offered to the customer' });
    expect(await offered.getByRole('listitem').allTextContents()).toEqual(['✓ Facturación (chosen)', 'Otra cosa']);
    expect(await offered.getByRole('button').count()).toBe(0);
    await thread.getByText('Clicked a button').waitFor();
    const answers = agent.getByRole('region', { name: 'Bot answers' });
    expect(await answers.textContent()).toBe('Bot answersQuestionbilling');
    await saveScreenshot(agent, 'workflow-in-the-inbox');
    await agent.context().close();
  });

  it('reorders two workflows with the keyboard, and the first one in the list is the one that runs', async () => {
    await callApi('POST', '/workflows', {
      name: 'Fuera de horario',
      definition: { start: 'handoff', steps: [{ type: 'handoff', id: 'handoff' }] },
    });
    await admin.goto(`${server.baseUrl}/settings/workflows`);
    const list = admin.getByRole('list', { name: /^Order/ });
    const names = () => list.locator('.workflow-name').allTextContents();
    await expect.poll(names).toEqual(['Soporte web', 'Fuera de horario']);
    const moveUp = admin.getByRole('button', { name: 'Move Fuera de horario up' });
    await moveUp.focus();
    await admin.keyboard.press('Enter');
    await expect.poll(names).toEqual(['Fuera de horario', 'Soporte web']);
    const order = (await callApi('GET', '/workflows')).data.map((workflow: { name: string }) => workflow.name);
    expect(order).toEqual(['Fuera de horario', 'Soporte web']);
    await expect
      .poll(() => admin.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move Fuera de horario down');
    await saveScreenshot(admin, 'workflows-list');
  });

  it('shows agents the workflows read-only', async () => {
    const agent = await signInPage(browser, server.baseUrl, team.agent.email, scriptProblems);
    await agent.goto(`${server.baseUrl}/settings/workflows/${workflowId}`);
    await agent.getByText('Only admins can change bot workflows.').waitFor();
    expect(await agent.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await agent.getByRole('textbox', { name: 'Question English' }).isDisabled()).toBe(true);
    await agent.context().close();
  });

  it('ran without script errors', () => {
    expect(scriptProblems).toEqual([]);
  });
});
