import { describe, expect, it } from 'vitest';
import { ZViewListSchema } from '../../../protocol/views.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { viewFixtures } from './view-fixtures.ts';

const t = setupTestApp();
const f = viewFixtures(
  () => t.app,
  () => t.db,
);

const savedIds = async (token: string) =>
  (ZViewListSchema.parse((await f.call(token, 'GET', '/api/views')).json()).views as { id: string; kind: string }[])
    .filter((view) => view.kind === 'shared' || view.kind === 'private')
    .map((view) => view.id);

describe('editing views', () => {
  it('refuses an empty state selection (400 on filters.states) instead of reading it as any state', async () => {
    const { managerToken } = await f.workspace();
    const view = await f.createView(managerToken, { name: 'Abiertas', kind: 'shared', filters: { states: ['open'] } });
    const before = await f.viewCount();
    const created = await f.call(managerToken, 'POST', '/api/views', { name: 'Nada', filters: { states: [] } });
    const updated = await f.call(managerToken, 'PUT', `/api/views/${view.id}`, { filters: { states: [] } });
    for (const response of [created, updated]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'filters.states' });
      expect(response.json().errors[0].message).toMatch(/at least one state/);
    }
    expect(await f.viewCount()).toBe(before);
    expect((await f.call(managerToken, 'GET', `/api/views/${view.id}`)).json().filters).toEqual({ states: ['open'] });
  });

  it('renames, refilters on a named teammate and resorts a view in one PUT', async () => {
    const { managerToken, agent, contact } = await f.workspace();
    const luis = await f.conversation(managerToken, contact.id);
    await f.conversation(managerToken, contact.id);
    await f.assign(managerToken, luis, agent.id);
    const view = await f.createView(managerToken, { name: 'Equipo', kind: 'shared' });
    const response = await f.call(managerToken, 'PUT', `/api/views/${view.id}`, {
      name: 'De Luis',
      filters: { states: ['open'], assignee: { admin_ids: [String(agent.id)] } },
      sort: 'waiting_longest',
    });
    expect(response.json()).toMatchObject({
      name: 'De Luis',
      sort: 'waiting_longest',
      filters: { assignee: { admin_ids: [String(agent.id)] } },
      count: 1,
    });
    expect(await f.listIds(managerToken, view.id)).toEqual([luis]);
  });

  it('refuses another workspace’s teammate as a named assignee, writing nothing', async () => {
    const { managerToken } = await f.workspace();
    const other = await f.workspace('Other');
    const view = await f.createView(managerToken, { name: 'Equipo', kind: 'shared' });
    const response = await f.call(managerToken, 'PUT', `/api/views/${view.id}`, {
      filters: { assignee: { admin_ids: [other.agent.id] } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('filters.assignee.admin_ids');
    expect((await f.call(managerToken, 'GET', `/api/views/${view.id}`)).json().filters).toEqual({});
  });

  it('narrows a saved view to one state with ?state=, and lists nothing for a state it leaves out', async () => {
    const { adminToken, contact } = await f.workspace();
    const open = await f.conversation(adminToken, contact.id);
    const snoozed = await f.conversation(adminToken, contact.id);
    const closed = await f.conversation(adminToken, contact.id);
    await f.snooze(adminToken, snoozed);
    await f.close(adminToken, closed);
    const view = await f.createView(adminToken, { name: 'Vivas', filters: { states: ['open', 'snoozed'] } });
    expect(await f.listIds(adminToken, view.id, '&state=snoozed')).toEqual([snoozed]);
    expect(await f.listIds(adminToken, view.id, '&state=open')).toEqual([open]);
    expect(await f.listIds(adminToken, view.id, '&state=closed')).toEqual([]);
    const any = await f.createView(adminToken, { name: 'Todas' });
    expect(await f.listIds(adminToken, any.id, '&state=closed')).toEqual([closed]);
  });
});

describe('reordering views (PUT /api/views/positions)', () => {
  it('puts the listed views in the given order, in the slots they held', async () => {
    const { managerToken } = await f.workspace();
    const a = await f.createView(managerToken, { name: 'A', kind: 'shared', position: 1 });
    const b = await f.createView(managerToken, { name: 'B', kind: 'shared', position: 2 });
    const c = await f.createView(managerToken, { name: 'C', kind: 'shared', position: 3 });
    const response = await f.call(managerToken, 'PUT', '/api/views/positions', { view_ids: [c.id, a.id] });
    expect(response.statusCode, response.body).toBe(200);
    expect(await savedIds(managerToken)).toEqual([c.id, b.id, a.id]);
  });

  it('lets an agent order their own private views but not shared ones (403, nothing moves)', async () => {
    const { managerToken, agentToken } = await f.workspace();
    const shared = await f.createView(managerToken, { name: 'Equipo', kind: 'shared', position: 1 });
    const first = await f.createView(agentToken, { name: 'Uno', position: 1 });
    const second = await f.createView(agentToken, { name: 'Dos', position: 2 });
    const refused = await f.call(agentToken, 'PUT', '/api/views/positions', { view_ids: [second.id, shared.id] });
    expect(refused.statusCode).toBe(403);
    expect(await savedIds(agentToken)).toEqual([shared.id, first.id, second.id]);
    const mine = await f.call(agentToken, 'PUT', '/api/views/positions', { view_ids: [second.id, first.id] });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(await savedIds(agentToken)).toEqual([shared.id, second.id, first.id]);
  });

  it('answers 404 for another workspace’s or another teammate’s private view, and 400 for bad lists', async () => {
    const { managerToken, agentToken } = await f.workspace();
    const other = await f.workspace('Other');
    const mine = await f.createView(managerToken, { name: 'Mía', kind: 'shared' });
    const foreign = await f.createView(other.adminToken, { name: 'Ajena', kind: 'shared' });
    const private_ = await f.createView(agentToken, { name: 'Privada' });
    for (const id of [foreign.id, private_.id]) {
      const response = await f.call(managerToken, 'PUT', '/api/views/positions', { view_ids: [mine.id, id] });
      expect(response.statusCode, id).toBe(404);
      expect(response.json().errors[0].field).toBe('view_ids');
    }
    for (const view_ids of [[], [mine.id, mine.id], ['you'], 'x']) {
      const response = await f.call(managerToken, 'PUT', '/api/views/positions', { view_ids });
      expect(response.statusCode, JSON.stringify(view_ids)).toBe(400);
    }
  });
});

describe('team inboxes', () => {
  async function teamSetup() {
    const w = await f.workspace();
    const createTeam = async (name: string, members: number[]) => {
      const response = await f.call(w.adminToken, 'POST', '/api/teams', {
        name,
        admin_ids: members,
        distribution_method: 'manual',
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().id as string;
    };
    const billing = await createTeam('Facturación', [w.agent.id]);
    const vip = await createTeam('VIP', [w.admin.id]);
    const inBilling = await f.conversation(w.adminToken, w.contact.id);
    const closedInBilling = await f.conversation(w.adminToken, w.contact.id);
    await f.conversation(w.adminToken, w.contact.id);
    await f.assign(w.adminToken, inBilling, Number(billing), 'team');
    await f.assign(w.adminToken, closedInBilling, Number(billing), 'team');
    await f.close(w.adminToken, closedInBilling);
    return { ...w, billing, vip, inBilling, closedInBilling };
  }

  it('are listed for the teams the teammate belongs to, after the built-ins, with live counts', async () => {
    const { agentToken, billing } = await teamSetup();
    const list = ZViewListSchema.strict().parse((await f.call(agentToken, 'GET', '/api/views')).json());
    const teams = list.views.filter((view) => view.kind === 'team');
    expect(teams).toMatchObject([
      { id: `team_${billing}`, name: 'Facturación', owner_id: null, count: 1, sort: 'newest' },
    ]);
    expect(list.views.findIndex((view) => view.kind === 'team')).toBe(5);
  });

  it('list their open conversations for members, and any state with ?state=', async () => {
    const { agentToken, billing, inBilling, closedInBilling } = await teamSetup();
    expect(await f.listIds(agentToken, `team_${billing}`)).toEqual([inBilling]);
    expect(await f.listIds(agentToken, `team_${billing}`, '&state=closed')).toEqual([closedInBilling]);
    expect((await f.call(agentToken, 'GET', `/api/views/team_${billing}`)).json()).toMatchObject({
      kind: 'team',
      count: 1,
    });
  });

  it('are 404 for an agent outside the team and for another workspace’s team; managers may open any', async () => {
    const { agentToken, managerToken, vip, billing, inBilling } = await teamSetup();
    const other = await f.workspace('Other');
    for (const url of [`/api/views/team_${vip}`, `/api/views/team_${vip}/conversations`]) {
      expect((await f.call(agentToken, 'GET', url)).statusCode, url).toBe(404);
    }
    for (const url of [`/api/views/team_${billing}`, `/api/views/team_${billing}/conversations`, '/api/views/team_0']) {
      expect((await f.call(other.adminToken, 'GET', url)).statusCode, url).toBe(404);
    }
    expect(await f.listIds(managerToken, `team_${billing}`)).toEqual([inBilling]);
    const managerViews = (await f.counts(managerToken)) as Record<string, number>;
    expect(Object.keys(managerViews).filter((id) => id.startsWith('team_'))).toEqual([]);
  });

  it('cannot be changed or deleted (400 on id)', async () => {
    const { adminToken, vip } = await teamSetup();
    for (const method of ['PUT', 'DELETE'] as const) {
      const response = await f.call(
        adminToken,
        method,
        `/api/views/team_${vip}`,
        method === 'PUT' ? { name: 'X' } : undefined,
      );
      expect(response.statusCode, method).toBe(400);
      expect(response.json().errors[0].field).toBe('id');
    }
  });
});
