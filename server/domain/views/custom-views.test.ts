import { describe, expect, it } from 'vitest';
import { ZViewSchema } from '../../../protocol/views.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { viewFixtures } from './view-fixtures.ts';

const t = setupTestApp();
const f = viewFixtures(
  () => t.app,
  () => t.db,
);

const viewIds = async (token: string) =>
  ((await f.call(token, 'GET', '/api/views')).json().views as { id: string }[]).map((view) => view.id);

describe('custom views', () => {
  it('are created, listed after the built-ins in position order, changed and deleted', async () => {
    const { managerToken, agentToken } = await f.workspace();
    const second = await f.createView(managerToken, { name: 'Prioridad', kind: 'shared', position: 20 });
    const first = await f.createView(managerToken, {
      name: 'Soporte abierto',
      kind: 'shared',
      filters: { states: ['open'], assignee: 'any' },
      sort: 'oldest',
      position: 10,
    });
    expect(ZViewSchema.strict().parse(first)).toMatchObject({
      kind: 'shared',
      owner_id: null,
      sort: 'oldest',
      count: 0,
    });
    expect(await viewIds(agentToken)).toEqual([
      'you',
      'mentions',
      'created_by_you',
      'all',
      'unassigned',
      first.id,
      second.id,
    ]);

    const moved = await f.call(managerToken, 'PUT', `/api/views/${second.id}`, { name: 'Urgente', position: 1 });
    expect(moved.json()).toMatchObject({ name: 'Urgente', position: 1, filters: {} });
    expect((await viewIds(agentToken)).slice(5)).toEqual([second.id, first.id]);

    const deleted = await f.call(managerToken, 'DELETE', `/api/views/${second.id}`);
    expect(deleted.json()).toEqual({ type: 'view', id: second.id, deleted: true });
    expect((await f.call(agentToken, 'GET', `/api/views/${second.id}`)).statusCode).toBe(404);
  });

  it('are private by default: seen and changed by their owner only (404 for anyone else)', async () => {
    const { agentToken, adminToken, agent } = await f.workspace();
    const mine = await f.createView(agentToken, { name: 'Mis prioridades', filters: { priority: 'priority' } });
    expect(mine).toMatchObject({ kind: 'private', owner_id: String(agent.id) });
    expect(await viewIds(agentToken)).toContain(mine.id);
    expect(await viewIds(adminToken)).not.toContain(mine.id);
    for (const [method, url] of [
      ['GET', `/api/views/${mine.id}`],
      ['GET', `/api/views/${mine.id}/conversations`],
      ['PUT', `/api/views/${mine.id}`],
      ['DELETE', `/api/views/${mine.id}`],
    ] as const) {
      const response = await f.call(adminToken, method, url, method === 'PUT' ? { name: 'Mine now' } : undefined);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const renamed = await f.call(agentToken, 'PUT', `/api/views/${mine.id}`, { name: 'Urgentes' });
    expect(renamed.json().name).toBe('Urgentes');
  });

  it('refuse agents shared views (403) and write nothing', async () => {
    const { agentToken, managerToken } = await f.workspace();
    const shared = await f.createView(managerToken, { name: 'Equipo', kind: 'shared' });
    const before = await f.viewCount();
    const attempts = [
      await f.call(agentToken, 'POST', '/api/views', { name: 'Rogue', kind: 'shared' }),
      await f.call(agentToken, 'PUT', `/api/views/${shared.id}`, { name: 'Mine' }),
      await f.call(agentToken, 'DELETE', `/api/views/${shared.id}`),
    ];
    expect(attempts.map((response) => response.statusCode)).toEqual([403, 403, 403]);
    expect(await f.viewCount()).toBe(before);
    expect((await f.call(agentToken, 'GET', `/api/views/${shared.id}`)).json().name).toBe('Equipo');
  });

  it('answer 404 for another workspace’s view, whatever the role', async () => {
    const a = await f.workspace('A');
    const b = await f.workspace('B');
    const foreign = await f.createView(b.adminToken, { name: 'Ajena', kind: 'shared' });
    for (const [method, url] of [
      ['GET', `/api/views/${foreign.id}`],
      ['GET', `/api/views/${foreign.id}/conversations`],
      ['PUT', `/api/views/${foreign.id}`],
      ['DELETE', `/api/views/${foreign.id}`],
    ] as const) {
      const response = await f.call(a.adminToken, method, url, method === 'PUT' ? { name: 'Mía' } : undefined);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await viewIds(a.adminToken)).not.toContain(foreign.id);
  });

  it('tell every agent of a shared view and only the owner of a private one (view.changed)', async () => {
    const { managerToken, agentToken, agent, workspace } = await f.workspace();
    const shared = await f.createView(managerToken, { name: 'Equipo', kind: 'shared' });
    const mine = await f.createView(agentToken, { name: 'Mía' });
    await f.call(agentToken, 'DELETE', `/api/views/${mine.id}`);
    const events = await t.db
      .selectFrom('events')
      .select(['type', 'audience', 'teammate_id', 'payload'])
      .where('workspace_id', '=', workspace.id)
      .where('type', '=', 'view.changed')
      .orderBy('id')
      .execute();
    expect(events).toMatchObject([
      { audience: 'agents', teammate_id: null, payload: { action: 'created', view: { id: shared.id } } },
      { audience: 'teammate', teammate_id: agent.id, payload: { action: 'created', view: { id: mine.id } } },
      { audience: 'teammate', teammate_id: agent.id, payload: { action: 'deleted', view: { id: mine.id } } },
    ]);
  });
});
