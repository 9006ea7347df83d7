import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../../protocol/workflows.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { DEMO_TRIAGE_WORKFLOW } from './demo-workflow.ts';

const t = setupTestApp();
const text = (en: string, es: string) => ({ en, es });

function call(token: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
}

const simple: WorkflowDefinition = {
  start: 'ask',
  steps: [
    {
      type: 'buttons',
      id: 'ask',
      text: text('Sales or support?', '¿Ventas o soporte?'),
      attribute: 'area',
      options: [
        { id: 'sales', label: text('Sales', 'Ventas'), value: 'sales', next: 'bye' },
        { id: 'support', label: text('Support', 'Soporte'), value: 'support', next: 'bye' },
      ],
      on_text: 'reask',
    },
    { type: 'handoff', id: 'bye' },
  ],
};

describe('the workflows API', () => {
  it('creates, publishes (v1, v2), lists versions, reorders and deletes', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const created = await call(adminToken, 'POST', '/api/workflows', { name: 'Triage', definition: simple });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      type: 'workflow',
      name: 'Triage',
      enabled: false,
      published_version: null,
      has_unpublished_changes: true,
      trigger: 'conversation_started',
    });
    const id = created.json().id;
    const v1 = await call(adminToken, 'POST', `/api/workflows/${id}/publish`);
    expect(v1.json()).toMatchObject({ published_version: 1, has_unpublished_changes: false });
    await call(adminToken, 'PUT', `/api/workflows/${id}`, { definition: DEMO_TRIAGE_WORKFLOW.definition });
    expect((await call(adminToken, 'GET', `/api/workflows/${id}`)).json().has_unpublished_changes).toBe(true);
    const v2 = await call(adminToken, 'POST', `/api/workflows/${id}/publish`);
    expect(v2.json().published_version).toBe(2);
    const versions = (await call(adminToken, 'GET', `/api/workflows/${id}/versions`)).json();
    expect(versions.data.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.data[1].definition).toEqual(simple);

    const second = (await call(adminToken, 'POST', '/api/workflows', { name: 'Second', definition: simple })).json();
    const reordered = await call(adminToken, 'PUT', '/api/workflows/order', { ids: [second.id, id] });
    expect(reordered.json().data.map((w: { id: string }) => w.id)).toEqual([second.id, id]);
    expect((await call(adminToken, 'PUT', '/api/workflows/order', { ids: [id] })).statusCode).toBe(400);

    expect((await call(adminToken, 'DELETE', `/api/workflows/${second.id}`)).statusCode).toBe(200);
    expect((await call(adminToken, 'GET', `/api/workflows/${second.id}`)).statusCode).toBe(404);
    expect((await call(adminToken, 'GET', '/api/workflows')).json().data).toHaveLength(1);
  });

  it('refuses a definition that cannot run, naming every step at fault, and saves nothing', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const broken: WorkflowDefinition = {
      start: 'ask',
      steps: [
        { type: 'message', id: 'ask', text: text('Hi', ''), next: 'nowhere' },
        { type: 'message', id: 'a', text: text('A', 'A'), next: 'b' },
        { type: 'message', id: 'b', text: text('B', 'B'), next: 'a' },
      ],
    };
    const response = await call(adminToken, 'POST', '/api/workflows', { name: 'Broken', definition: broken });
    expect(response.statusCode).toBe(422);
    const errors = response.json().errors as { code: string; message: string; field: string }[];
    expect(errors).toContainEqual(
      expect.objectContaining({ code: 'missing_translation', field: 'definition.steps.ask' }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ code: 'unknown_target', field: 'definition.steps.ask' }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'loop_without_customer_step' }));
    expect(errors.every((error) => error.message.startsWith('Step "'))).toBe(true);
    expect((await call(adminToken, 'GET', '/api/workflows')).json().data).toEqual([]);
  });

  it('refuses an assign step to a team of another workspace', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const other = await buildTeamWorkspace(t.db, 'Other');
    const theirTeam = (await call(other.adminToken, 'POST', '/api/teams', { name: 'Theirs' })).json();
    const response = await call(adminToken, 'POST', '/api/workflows', {
      name: 'Route',
      definition: {
        start: 'route',
        steps: [
          { type: 'assign_team', id: 'route', team_id: theirTeam.id, next: 'bye' },
          { type: 'handoff', id: 'bye' },
        ],
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ code: 'unknown_team', field: 'definition.steps.route' });
  });

  it('lets only admins change workflows; teammates read them; other workspaces see nothing', async () => {
    const { adminToken, agentToken, managerToken } = await buildTeamWorkspace(t.db);
    const id = (await call(adminToken, 'POST', '/api/workflows', { name: 'T', definition: simple })).json().id;
    for (const token of [agentToken, managerToken]) {
      expect((await call(token, 'POST', '/api/workflows', { name: 'X', definition: simple })).statusCode).toBe(403);
      expect((await call(token, 'POST', `/api/workflows/${id}/publish`)).statusCode).toBe(403);
      expect((await call(token, 'GET', `/api/workflows/${id}`)).statusCode).toBe(200);
    }
    const other = await buildTeamWorkspace(t.db, 'Other');
    expect((await call(other.adminToken, 'GET', `/api/workflows/${id}`)).statusCode).toBe(404);
    expect((await call(other.adminToken, 'POST', `/api/workflows/${id}/publish`)).statusCode).toBe(404);
    expect((await call(other.adminToken, 'PUT', `/api/workflows/${id}`, { name: 'Mine' })).statusCode).toBe(404);
  });

  it('previews a draft as a customer would, without writing', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const start = await call(adminToken, 'POST', '/api/workflows/preview', {
      definition: simple,
      language: 'es',
      run: null,
      input: { type: 'start' },
      attributes: {},
    });
    expect(start.json()).toMatchObject({
      outcome: 'waiting',
      run: { step_id: 'ask', status: 'waiting' },
      actions: [
        {
          type: 'send_message',
          text: '¿Ventas o soporte?',
          options: [
            { id: 'sales', label: 'Ventas' },
            { id: 'support', label: 'Soporte' },
          ],
        },
      ],
    });
    const clicked = await call(adminToken, 'POST', '/api/workflows/preview', {
      definition: simple,
      language: 'es',
      run: start.json().run,
      input: { type: 'button', step_id: 'ask', option_id: 'support' },
      attributes: {},
    });
    expect(clicked.json()).toMatchObject({ outcome: 'handed_off', attributes: { area: 'support' } });
  });
});
