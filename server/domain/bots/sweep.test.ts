import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { MessengerClient } from '../../../test/messenger-client.ts';
import { publishWorkflow } from '../../../test/workflow-factories.ts';
import { DEMO_TRIAGE_WORKFLOW } from './demo-workflow.ts';
import { handOffStuckConversations } from './sweep.ts';

const t = setupTestApp();

async function withBot() {
  const team = await buildTeamWorkspace(t.db);
  await publishWorkflow(t.app, team.adminToken, DEMO_TRIAGE_WORKFLOW.definition);
  const visitor = new MessengerClient(t.app, team.workspace.id);
  await visitor.start({ language_override: 'en' });
  const { conversation } = await visitor.send('Hi');
  return { ...team, visitor, id: Number(conversation.id) };
}

/** Conversations with the bot that nothing will ever move: no run waiting for the customer. */
async function stuckConversations() {
  const { rows } = await sql<{ id: number }>`
    SELECT c.id FROM conversations c
    LEFT JOIN bot_runs r ON r.workspace_id = c.workspace_id AND r.conversation_id = c.id
    WHERE c.bot_phase = 'bot' AND r.status IS DISTINCT FROM 'waiting'`.execute(t.db);
  return rows;
}

describe('no conversation stays with the bot for ever', () => {
  it('a customer who stopped answering is handed to a person, once, with a word to the customer', async () => {
    const { id, visitor } = await withBot();
    expect(await handOffStuckConversations(t.app, 10)).toBe(0);
    await t.db
      .updateTable('bot_runs')
      .set({ updated_at: new Date(Date.now() - 11 * 60_000) })
      .where('conversation_id', '=', id)
      .execute();
    expect(await handOffStuckConversations(t.app, 10)).toBe(1);
    expect(await handOffStuckConversations(t.app, 10)).toBe(0);
    const conversation = await visitor.ok<{ bot: { status: string }; parts: { body: string }[] }>(
      'GET',
      `/conversations/${id}`,
    );
    expect(conversation.bot.status).toBe('done');
    expect(conversation.parts.at(-1)?.body).toBe('<p>Thanks! A teammate will be with you shortly.</p>');
    const run = await t.db
      .selectFrom('bot_runs')
      .selectAll()
      .where('conversation_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: 'handed_off', outcome_reason: 'customer_idle' });
    const row = await t.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.bot_phase).toBe('handed_off');
  });

  it('a conversation left with the bot by a fault (no waiting run) is handed off, and none stays stuck', async () => {
    const { id } = await withBot();
    await t.db.deleteFrom('bot_runs').where('conversation_id', '=', id).execute();
    expect((await stuckConversations()).map((row) => Number(row.id))).toContain(id);
    await handOffStuckConversations(t.app, 10);
    expect(await stuckConversations()).toEqual([]);
    const handoff = await t.db
      .selectFrom('conversation_parts')
      .select('metadata')
      .where('conversation_id', '=', id)
      .where('part_type', '=', 'bot_handed_off')
      .executeTakeFirstOrThrow();
    expect(handoff.metadata).toEqual({ reason: 'no_waiting_run' });
  });

  it('a customer answer after the run vanished hands off instead of hanging', async () => {
    const { id, visitor } = await withBot();
    await t.db.deleteFrom('bot_runs').where('conversation_id', '=', id).execute();
    await visitor.reply(String(id), 'hello?');
    expect(await stuckConversations()).toEqual([]);
  });
});
