import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../../protocol/workflows.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { MessengerClient } from '../../../test/messenger-client.ts';
import { publishWorkflow, republishWorkflow } from '../../../test/workflow-factories.ts';
import { ensureDefaultViews } from '../views/defaults.ts';
import { DEMO_TRIAGE_WORKFLOW } from './demo-workflow.ts';

const t = setupTestApp();
const triage = DEMO_TRIAGE_WORKFLOW.definition;
const text = (en: string, es: string) => ({ en, es });

async function setup(definition: WorkflowDefinition = triage) {
  const team = await buildTeamWorkspace(t.db);
  const workflowId = await publishWorkflow(t.app, team.adminToken, definition);
  const visitor = new MessengerClient(t.app, team.workspace.id);
  await visitor.start({ language_override: 'es' });
  return { ...team, workflowId, visitor };
}

async function conversationRow(id: string) {
  return t.db.selectFrom('conversations').selectAll().where('id', '=', Number(id)).executeTakeFirstOrThrow();
}

async function runOf(id: string) {
  return t.db.selectFrom('bot_runs').selectAll().where('conversation_id', '=', Number(id)).executeTakeFirstOrThrow();
}

async function partsOf(id: string) {
  return t.db
    .selectFrom('conversation_parts')
    .selectAll()
    .where('conversation_id', '=', Number(id))
    .orderBy('id')
    .execute();
}

describe('a bot workflow on a new messenger conversation', () => {
  it('greets and asks with buttons in the visitor’s language; the conversation is with the bot', async () => {
    const { visitor } = await setup();
    const started = await visitor.send('Hola, tengo una duda');
    expect(started.parts.map((p) => p.author.type)).toEqual(['lead', 'bot', 'bot']);
    expect(started.parts[1]?.body).toContain('Soy el asistente virtual');
    expect(started.parts[2]).toMatchObject({
      body: '<p>¿En qué podemos ayudarte?</p>',
      step_id: 'topic',
      buttons: [
        { id: 'billing', label: 'Facturación' },
        { id: 'technical', label: 'Un problema técnico' },
        { id: 'account', label: 'Mi cuenta' },
        { id: 'other', label: 'Otra cosa' },
      ],
    });
    expect(started.conversation.bot).toEqual({
      status: 'waiting',
      step_id: 'topic',
      input: 'buttons',
      buttons: started.parts[2]?.buttons,
    });
    expect((await conversationRow(started.conversation.id)).bot_phase).toBe('bot');
  });

  it('a button stores its value, shows the label as the customer’s answer, and leads to the next step', async () => {
    const { visitor } = await setup();
    const { conversation } = await visitor.send('Hola');
    const answered = await visitor.answer(conversation.id, 'topic', 'billing');
    expect(answered.parts[0]).toMatchObject({ author: { type: 'lead' }, body: '<p>Facturación</p>' });
    expect(answered.parts[1]).toMatchObject({
      step_id: 'billing_topic',
      body: '<p>¿Es sobre una factura o un pago?</p>',
    });
    const done = await visitor.answer(conversation.id, 'billing_topic', 'refund');
    expect(done.parts.map((p) => p.body)).toEqual([
      '<p>Un reembolso</p>',
      '<p>¡Gracias! Enseguida te atiende alguien del equipo de facturación.</p>',
    ]);
    expect(done.conversation.bot?.status).toBe('done');
    const row = await conversationRow(conversation.id);
    expect(row.custom_attributes).toEqual({ topic: 'billing', billing_topic: 'refund' });
    expect(row.bot_phase).toBe('handed_off');
    expect(await runOf(conversation.id)).toMatchObject({ status: 'handed_off', outcome_reason: 'workflow' });
    const internal = (await partsOf(conversation.id)).filter((p) => !p.is_public).map((p) => p.part_type);
    expect(internal).toEqual(['bot_handed_off']);
  });

  it('a double click (or a click on an answered question) advances once', async () => {
    const { visitor } = await setup();
    const { conversation } = await visitor.send('Hola');
    const [first, second] = await Promise.all([
      visitor.answer(conversation.id, 'topic', 'billing'),
      visitor.answer(conversation.id, 'topic', 'account'),
    ]);
    const applied = [first, second].filter((r) => r.parts.length > 0);
    expect(applied).toHaveLength(1);
    const late = await visitor.answer(conversation.id, 'topic', 'other');
    expect(late.parts).toEqual([]);
    const customerParts = (await partsOf(conversation.id)).filter((p) => p.author_type === 'lead');
    expect(customerParts).toHaveLength(1);
    const run = await runOf(conversation.id);
    expect(['billing_topic', 'account_topic']).toContain(run.step_id);
  });

  it('an option the question does not have is a 400 that writes nothing', async () => {
    const { visitor } = await setup();
    const { conversation } = await visitor.send('Hola');
    const before = (await partsOf(conversation.id)).length;
    const response = await visitor.request('POST', `/conversations/${conversation.id}/answer`, {
      step_id: 'topic',
      option_id: 'nope',
      idempotency_key: 'k',
    });
    expect(response.statusCode).toBe(400);
    expect((await partsOf(conversation.id)).length).toBe(before);
  });

  it('free text while buttons show follows the step’s rule: re-ask, then hand off after two re-asks', async () => {
    const { visitor } = await setup();
    const { conversation } = await visitor.send('Hola');
    await visitor.answer(conversation.id, 'topic', 'billing');
    const reasked = await visitor.reply(conversation.id, 'no sé');
    expect(reasked.parts[1]?.body).toBe('<p>Perdona, no te he entendido. ¿Cuál se parece más?</p>');
    expect(reasked.conversation.bot?.input).toBe('buttons');
    await visitor.reply(conversation.id, 'mmm');
    const given = await visitor.reply(conversation.id, 'ya te digo que no sé');
    expect(given.conversation.bot?.status).toBe('done');
    expect(await runOf(conversation.id)).toMatchObject({ status: 'handed_off', outcome_reason: 'no_answer' });
  });

  it('free text where the step accepts it is stored as the answer', async () => {
    const { visitor } = await setup();
    const { conversation } = await visitor.send('Hola');
    const typed = await visitor.reply(conversation.id, 'Quiero cambiar la dirección de envío');
    expect(typed.conversation.bot?.status).toBe('done');
    expect((await conversationRow(conversation.id)).custom_attributes).toEqual({
      topic_text: 'Quiero cambiar la dirección de envío',
    });
  });

  it('typing a button’s label counts as the button', async () => {
    const { visitor } = await setup();
    const { conversation } = await visitor.send('Hola');
    await visitor.reply(conversation.id, 'facturacion');
    expect((await conversationRow(conversation.id)).custom_attributes).toEqual({ topic: 'billing' });
  });

  it('speaks English to an English visitor', async () => {
    const { workspace } = await setup();
    const english = new MessengerClient(t.app, workspace.id);
    await english.start({ browser_language: 'en-GB' });
    const started = await english.send('Hi');
    expect(started.parts[2]?.buttons?.map((b) => b.label)).toEqual([
      'Billing',
      'A technical problem',
      'My account',
      'Something else',
    ]);
  });
});

describe('people and the bot never talk over each other', () => {
  it('a teammate’s reply takes over at once: the bot never answers again', async () => {
    const { visitor, agentToken } = await setup();
    const { conversation } = await visitor.send('Hola');
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversation.id}/reply`,
      headers: bearer(agentToken),
      payload: { type: 'admin', message_type: 'comment', body: 'Hola, soy Luis. ¿Te ayudo?' },
    });
    expect(reply.statusCode).toBe(200);
    expect(await runOf(conversation.id)).toMatchObject({ status: 'taken_over', outcome_reason: 'teammate_replied' });
    expect((await conversationRow(conversation.id)).bot_phase).toBe('handed_off');
    const after = await visitor.reply(conversation.id, 'Facturación');
    expect(after.parts.map((p) => p.author.type)).toEqual(['lead']);
    expect((await visitor.answer(conversation.id, 'topic', 'billing')).parts).toEqual([]);
  });

  it('a note does not take over', async () => {
    const { visitor, agentToken } = await setup();
    const { conversation } = await visitor.send('Hola');
    await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversation.id}/reply`,
      headers: bearer(agentToken),
      payload: { type: 'admin', message_type: 'note', body: 'Watching this one' },
    });
    expect((await runOf(conversation.id)).status).toBe('waiting');
  });

  it('a step that fails hands off with the reason written in the thread', async () => {
    const team = await buildTeamWorkspace(t.db);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(team.adminToken),
      payload: { name: 'Billing' },
    });
    const teamId = created.json().id;
    await publishWorkflow(t.app, team.adminToken, {
      start: 'route',
      steps: [
        { type: 'assign_team', id: 'route', team_id: teamId, next: 'done' },
        { type: 'handoff', id: 'done' },
      ],
    });
    await t.app.inject({ method: 'DELETE', url: `/api/teams/${teamId}`, headers: bearer(team.adminToken) });
    const visitor = new MessengerClient(t.app, team.workspace.id);
    await visitor.start();
    const { conversation } = await visitor.send('Hello');
    const row = await conversationRow(conversation.id);
    expect(row.bot_phase).toBe('handed_off');
    const handoff = (await partsOf(conversation.id)).find((p) => p.part_type === 'bot_handed_off');
    expect(handoff?.metadata).toEqual({ reason: `step_failed: team ${teamId} no longer exists` });
    expect((await runOf(conversation.id)).status).toBe('handed_off');
  });
});

describe('versions', () => {
  it('a conversation finishes on the version it started with; new ones start on the new version', async () => {
    const { visitor, adminToken, workflowId, workspace } = await setup();
    const { conversation } = await visitor.send('Hola');
    const v2: WorkflowDefinition = {
      start: 'ask',
      steps: [
        {
          type: 'buttons',
          id: 'ask',
          text: text('Version two?', '¿Versión dos?'),
          attribute: 'v2',
          options: [{ id: 'yes', label: text('Yes', 'Sí'), value: 'yes', next: 'done' }],
          on_text: 'reask',
        },
        { type: 'handoff', id: 'done', text: text('Bye v2', 'Adiós v2') },
      ],
    };
    await republishWorkflow(t.app, adminToken, workflowId, v2);
    const onV1 = await visitor.answer(conversation.id, 'topic', 'account');
    expect(onV1.parts[1]?.step_id).toBe('account_topic');
    expect((await runOf(conversation.id)).version).toBe(1);
    const fresh = new MessengerClient(t.app, workspace.id);
    await fresh.start({ language_override: 'es' });
    const onV2 = await fresh.send('Hola');
    expect(onV2.parts.at(-1)?.body).toBe('<p>¿Versión dos?</p>');
    expect((await runOf(onV2.conversation.id)).version).toBe(2);
  });
});

describe('where the conversation shows in the inbox', () => {
  async function viewIds(token: string, view: string) {
    const response = await t.app.inject({ url: `/api/views/${view}/conversations`, headers: bearer(token) });
    return (response.json().conversations as { id: string }[]).map((c) => c.id);
  }

  it('with the bot: in Unassigned, not in Chats; handed off: in Chats, with the answers', async () => {
    const { visitor, agentToken, workspace } = await setup();
    await ensureDefaultViews(t.db, workspace.id);
    const { conversation } = await visitor.send('Hola');
    const views = (await t.app.inject({ url: '/api/views', headers: bearer(agentToken) })).json().views;
    const chats = (views as { id: string; name: string }[]).find((view) => view.name === 'Chats')?.id ?? 'missing';
    expect(await viewIds(agentToken, 'unassigned')).toContain(conversation.id);
    expect(await viewIds(agentToken, chats)).not.toContain(conversation.id);
    await visitor.answer(conversation.id, 'topic', 'account');
    await visitor.answer(conversation.id, 'account_topic', 'login');
    expect(await viewIds(agentToken, chats)).toContain(conversation.id);
    const read = await t.app.inject({ url: `/api/conversations/${conversation.id}`, headers: bearer(agentToken) });
    expect(read.json()).toMatchObject({
      bot_phase: 'handed_off',
      custom_attributes: { topic: 'account', account_topic: 'login' },
    });
  });
});
