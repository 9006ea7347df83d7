import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/harness.ts';
import { ensureDemoWorkspace } from './demo.ts';

describe('the demo workspace', () => {
  const t = setupTestApp();

  it('ships the bilingual triage workflow, published, and conversations in every stage', async () => {
    const demo = await ensureDemoWorkspace(t.db, 'demo-password-123');
    expect(demo).toBeDefined();
    const workspaceId = demo?.workspace.id ?? '';
    const workflows = await t.db
      .selectFrom('bot_workflows')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(workflows).toMatchObject([{ name: 'Clasificación', enabled: true, published_version: 1 }]);
    const conversations = await t.db
      .selectFrom('conversations')
      .select(['state', 'bot_phase', 'language', 'custom_attributes', 'admin_assignee_id', 'priority', 'ticket_state'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
    expect(conversations).toMatchObject([
      { state: 'open', bot_phase: 'bot', language: 'es' },
      {
        state: 'open',
        bot_phase: 'handed_off',
        language: 'es',
        custom_attributes: { topic: 'billing', billing_topic: 'refund' },
      },
      {
        state: 'open',
        bot_phase: 'handed_off',
        language: 'en',
        priority: true,
        custom_attributes: { topic: 'technical', urgency: 'blocking' },
      },
      { state: 'closed', bot_phase: 'handed_off', language: 'en' },
      // The double charge, followed up as a ticket in progress (the "Tickets" view).
      { state: 'open', bot_phase: null, ticket_state: 'in_progress' },
    ]);
    expect(conversations[2]?.admin_assignee_id).not.toBeNull();
    expect(conversations[4]?.admin_assignee_id).not.toBeNull();
    const views = await t.db.selectFrom('views').select('name').where('workspace_id', '=', workspaceId).execute();
    expect(views.map((view) => view.name)).toEqual(['Chats', 'Tickets']);
  });

  it('names its teams in the workspace’s language, Spanish', async () => {
    await ensureDemoWorkspace(t.db, 'demo-password-123');
    const workspace = await t.db
      .selectFrom('workspaces')
      .selectAll()
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    expect(workspace.default_language).toBe('es');
    const teams = await t.db.selectFrom('teams').select('name').where('workspace_id', '=', workspace.id).execute();
    expect(teams.map((team) => team.name).sort()).toEqual(['Soporte', 'Supervisión']);
    const titles = await t.db
      .selectFrom('teammates')
      .select('job_title')
      .where('workspace_id', '=', workspace.id)
      .where('language', '=', 'es')
      .execute();
    expect(titles.map((row) => row.job_title).sort()).toEqual(['Agente', 'Agente', 'Responsable de soporte']);
  });
});

describe('the demo workspace on a first start of several processes', () => {
  const t = setupTestApp();

  it('is created once, and the others do not fail', async () => {
    const results = await Promise.all([ensureDemoWorkspace(t.db), ensureDemoWorkspace(t.db)]);
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(1);
    const demos = await t.db.selectFrom('workspaces').select('id').where('slug', '=', 'demo').execute();
    expect(demos).toHaveLength(1);
  });
});
