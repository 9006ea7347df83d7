import { describe, expect, it } from 'vitest';
import { ZAdminListSchema, ZAdminSchema, ZAdminWithAppSchema } from '../../../protocol/admins.ts';
import { bearer, buildTeamWorkspace, signIn } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

describe('GET /api/me', () => {
  it('answers Intercom’s admin-with-app for the token’s teammate', async () => {
    const { workspace, admin, adminToken } = await buildTeamWorkspace(t.db);
    const response = await t.app.inject({ url: '/api/me', headers: bearer(adminToken) });
    expect(response.statusCode).toBe(200);
    const me = ZAdminWithAppSchema.strict().parse(response.json());
    expect(me).toMatchObject({ type: 'admin', id: String(admin.id), email: admin.email, role: 'admin' });
    expect(me.app).toMatchObject({ type: 'app', id_code: workspace.id, name: workspace.name });
  });

  it('answers 401 in Intercom’s error shape without credentials', async () => {
    const response = await t.app.inject({ url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ type: 'error.list', errors: [{ code: 'unauthorized' }] });
    expect(response.json().request_id).toEqual(expect.any(String));
  });
});

describe('GET /api/admins', () => {
  it('lists the workspace’s teammates with their team ids', async () => {
    const { admin, agent, agentToken, adminToken } = await buildTeamWorkspace(t.db);
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(adminToken),
      payload: { name: 'Support', admin_ids: [agent.id] },
    });
    const response = await t.app.inject({ url: '/api/admins', headers: bearer(agentToken) });
    const list = ZAdminListSchema.parse(response.json());
    expect(list.admins.map((a) => a.id).sort()).toHaveLength(3);
    expect(list.admins.find((a) => a.id === String(agent.id))?.team_ids).toEqual([Number(team.json().id)]);
    expect(list.admins.find((a) => a.id === String(admin.id))?.team_ids).toEqual([]);
  });

  it('finds one admin, and answers 404 admin_not_found for an unknown id', async () => {
    const { agent, agentToken } = await buildTeamWorkspace(t.db);
    const found = await t.app.inject({ url: `/api/admins/${agent.id}`, headers: bearer(agentToken) });
    expect(ZAdminSchema.parse(found.json())).toMatchObject({ id: String(agent.id), role: 'agent', active: true });
    const missing = await t.app.inject({ url: '/api/admins/999999', headers: bearer(agentToken) });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().errors[0].code).toBe('admin_not_found');
    const malformed = await t.app.inject({ url: '/api/admins/abc', headers: bearer(agentToken) });
    expect(malformed.statusCode).toBe(404);
    expect(malformed.json().errors[0].code).toBe('not_found');
  });
});

describe('PUT /api/admins/{id}/away', () => {
  it('sets a teammate away and back', async () => {
    const { agent, agentToken } = await buildTeamWorkspace(t.db);
    const away = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}/away`,
      headers: bearer(agentToken),
      payload: { away_mode_enabled: true, away_mode_reassign: true },
    });
    expect(away.json()).toMatchObject({ away_mode_enabled: true, away_mode_reassign: true });
    const row = await t.db
      .selectFrom('teammates')
      .select('status')
      .where('id', '=', agent.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('away');
    const back = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}/away`,
      headers: bearer(agentToken),
      payload: { away_mode_enabled: false, away_mode_reassign: false },
    });
    expect(back.json().away_mode_enabled).toBe(false);
  });

  it('lets a manager set someone else away, but not an agent', async () => {
    const { admin, agent, managerToken, agentToken } = await buildTeamWorkspace(t.db);
    const byManager = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}/away`,
      headers: bearer(managerToken),
      payload: { away_mode_enabled: true },
    });
    expect(byManager.statusCode).toBe(200);
    const byAgent = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${admin.id}/away`,
      headers: bearer(agentToken),
      payload: { away_mode_enabled: true },
    });
    expect(byAgent.statusCode).toBe(403);
  });
});

describe('PUT /api/admins/{id}', () => {
  it('lets a teammate save their own language and time zone', async () => {
    const { agent } = await buildTeamWorkspace(t.db);
    const { cookie, csrfToken } = await signIn(t.app, agent.email);
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: { language: 'es', timezone: 'America/Mexico_City' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ language: 'es', timezone: 'America/Mexico_City' });
  });

  it('refuses an agent who tries to manage teammates (403) and changes nothing', async () => {
    const { agent, manager, agentToken } = await buildTeamWorkspace(t.db);
    const promote = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: bearer(agentToken),
      payload: { role: 'admin' },
    });
    expect(promote.statusCode).toBe(403);
    const deactivate = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${manager.id}`,
      headers: bearer(agentToken),
      payload: { active: false },
    });
    expect(deactivate.statusCode).toBe(403);
    const renameOther = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${manager.id}`,
      headers: bearer(agentToken),
      payload: { name: 'Hacked' },
    });
    expect(renameOther.statusCode).toBe(403);
    const rows = await t.db
      .selectFrom('teammates')
      .select(['role', 'deactivated_at', 'name'])
      .where('id', 'in', [agent.id, manager.id])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { role: 'manager', deactivated_at: null, name: manager.name },
      { role: 'agent', deactivated_at: null, name: agent.name },
    ]);
  });

  it('lets an admin change a role and deactivate and reactivate a teammate', async () => {
    const { agent, adminToken } = await buildTeamWorkspace(t.db);
    const promote = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: bearer(adminToken),
      payload: { role: 'manager' },
    });
    expect(promote.json().role).toBe('manager');
    const off = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: bearer(adminToken),
      payload: { active: false },
    });
    expect(off.json()).toMatchObject({ active: false, has_inbox_seat: false });
    const on = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: bearer(adminToken),
      payload: { active: true },
    });
    expect(on.json().active).toBe(true);
  });

  it('keeps at least one active admin', async () => {
    const { admin, adminToken } = await buildTeamWorkspace(t.db);
    const demote = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${admin.id}`,
      headers: bearer(adminToken),
      payload: { role: 'agent' },
    });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().errors[0].code).toBe('last_admin');
    const row = await t.db.selectFrom('teammates').select('role').where('id', '=', admin.id).executeTakeFirstOrThrow();
    expect(row.role).toBe('admin');
  });

  it('rejects unknown fields and bad values with 400 naming the field', async () => {
    const { agent, agentToken } = await buildTeamWorkspace(t.db);
    for (const [payload, field] of [
      [{ language: 'fr' }, 'language'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ name: '' }, 'name'],
      [{ password_hash: 'x' }, ''],
    ] as const) {
      const response = await t.app.inject({
        method: 'PUT',
        url: `/api/admins/${agent.id}`,
        headers: bearer(agentToken),
        payload,
      });
      expect(response.statusCode).toBe(400);
      if (field) expect(response.json().errors[0].field).toBe(field);
    }
  });
});
