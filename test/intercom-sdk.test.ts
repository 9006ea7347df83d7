import { IntercomClient } from 'intercom-client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeammateRow } from '../server/db/index.ts';
import { buildTeamWorkspace } from './factories.ts';
import { setupTestApp } from './harness.ts';

/** Intercom's official Node SDK, pointed at Charla, for the admin and team endpoints. */
describe('intercom-client against Charla', () => {
  const t = setupTestApp({}, { listen: true });
  let client: IntercomClient;
  let admin: TeammateRow;
  let agent: TeammateRow;

  beforeAll(async () => {
    const workspace = await buildTeamWorkspace(t.db);
    admin = workspace.admin;
    agent = workspace.agent;
    await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: { authorization: `Bearer ${workspace.adminToken}` },
      payload: { name: 'Soporte', admin_ids: [agent.id] },
    });
    client = new IntercomClient({ baseUrl: `${t.url}/api`, token: workspace.adminToken, maxRetries: 0 });
  });

  it('identifies the token’s admin with its app', async () => {
    const me = await client.admins.identify();
    expect(me).toMatchObject({ type: 'admin', id: String(admin.id), email: admin.email, app: { type: 'app' } });
  });

  it('lists and finds admins', async () => {
    const list = await client.admins.list();
    expect(list.admins?.map((a) => a?.id)).toContain(String(agent.id));
    const found = await client.admins.find({ admin_id: agent.id });
    expect(found).toMatchObject({ id: String(agent.id), name: agent.name, away_mode_enabled: false });
  });

  it('sets an admin away', async () => {
    const away = await client.admins.away({ admin_id: agent.id, away_mode_enabled: true, away_mode_reassign: false });
    expect(away?.away_mode_enabled).toBe(true);
  });

  it('lists and finds teams', async () => {
    const teams = await client.teams.list();
    const team = teams.teams?.find((x) => x.name === 'Soporte');
    expect(team?.admin_ids).toEqual([agent.id]);
    const found = await client.teams.find({ team_id: String(team?.id) });
    expect(found).toMatchObject({ type: 'team', name: 'Soporte' });
  });

  it('raises the SDK’s NotFoundError for an unknown admin', async () => {
    await expect(client.admins.find({ admin_id: 987654 })).rejects.toMatchObject({ statusCode: 404 });
  });
});
