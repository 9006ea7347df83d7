import { describe, expect, it } from 'vitest';
import { ZTeamListSchema, ZTeamSchema } from '../../../protocol/teams.ts';
import { bearer, buildTeamWorkspace, countRows } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

describe('teams', () => {
  it('creates a team with members and lists and finds it as Intercom’s team', async () => {
    const { agent, manager, managerToken, agentToken } = await buildTeamWorkspace(t.db);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(managerToken),
      payload: { name: 'Soporte', admin_ids: [agent.id, String(manager.id)] },
    });
    expect(created.statusCode).toBe(200);
    const team = ZTeamSchema.strict().parse(created.json());
    expect(team.admin_ids.sort()).toEqual([agent.id, manager.id].sort());

    const list = ZTeamListSchema.parse((await t.app.inject({ url: '/api/teams', headers: bearer(agentToken) })).json());
    expect(list.teams.map((x) => x.name)).toEqual(['Soporte']);
    const found = await t.app.inject({ url: `/api/teams/${team.id}`, headers: bearer(agentToken) });
    expect(found.json()).toEqual(team);
  });

  it('renames and changes members, then deletes', async () => {
    const { agent, adminToken } = await buildTeamWorkspace(t.db);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(adminToken),
      payload: { name: 'Billing' },
    });
    const id = created.json().id;
    const renamed = await t.app.inject({
      method: 'PUT',
      url: `/api/teams/${id}`,
      headers: bearer(adminToken),
      payload: { name: 'Facturación', admin_ids: [agent.id] },
    });
    expect(renamed.json()).toMatchObject({ name: 'Facturación', admin_ids: [agent.id] });
    const onlyName = await t.app.inject({
      method: 'PUT',
      url: `/api/teams/${id}`,
      headers: bearer(adminToken),
      payload: { name: 'Billing' },
    });
    expect(onlyName.json().admin_ids).toEqual([agent.id]);
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/teams/${id}`, headers: bearer(adminToken) });
    expect(deleted.statusCode).toBe(200);
    const gone = await t.app.inject({ url: `/api/teams/${id}`, headers: bearer(adminToken) });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().errors[0].code).toBe('team_not_found');
  });

  it('refuses agents (403) and writes nothing', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    const before = await countRows(t.db, 'teams');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(agentToken),
      payload: { name: 'Rogue' },
    });
    expect(response.statusCode).toBe(403);
    expect(await countRows(t.db, 'teams')).toBe(before);
  });

  it('refuses another workspace’s teammate as a member (400) and writes nothing', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const [teams, members] = [await countRows(t.db, 'teams'), await countRows(t.db, 'team_members')];
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(a.adminToken),
      payload: { name: 'Mixed', admin_ids: [a.agent.id, b.agent.id] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('admin_ids');
    expect([await countRows(t.db, 'teams'), await countRows(t.db, 'team_members')]).toEqual([teams, members]);
  });

  it('answers 409 for a duplicate name', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const payload = { name: 'Twins' };
    await t.app.inject({ method: 'POST', url: '/api/teams', headers: bearer(adminToken), payload });
    const again = await t.app.inject({ method: 'POST', url: '/api/teams', headers: bearer(adminToken), payload });
    expect(again.statusCode).toBe(409);
  });
});
