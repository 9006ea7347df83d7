import { describe, expect, it } from 'vitest';
import { bearer, buildTeamWorkspace, signIn } from '../../test/factories.ts';
import { setupTestApp } from '../../test/harness.ts';

const t = setupTestApp();

describe('tenant isolation', () => {
  it('gives a token of workspace A 404 for workspace B’s teammate and team, and changes nothing', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(b.adminToken),
      payload: { name: 'B team' },
    });
    const teamId = team.json().id;

    const requests = [
      { method: 'GET', url: `/api/admins/${b.agent.id}` },
      { method: 'PUT', url: `/api/admins/${b.agent.id}/away`, payload: { away_mode_enabled: true } },
      { method: 'PUT', url: `/api/admins/${b.agent.id}`, payload: { role: 'admin', active: false } },
      { method: 'GET', url: `/api/teams/${teamId}` },
      { method: 'PUT', url: `/api/teams/${teamId}`, payload: { name: 'Taken over' } },
      { method: 'DELETE', url: `/api/teams/${teamId}` },
    ] as const;
    for (const request of requests) {
      const response = await t.app.inject({ ...request, headers: bearer(a.adminToken) });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
    const agent = await t.app.inject({ url: `/api/admins/${b.agent.id}`, headers: bearer(b.adminToken) });
    expect(agent.json()).toMatchObject({ role: 'agent', active: true, away_mode_enabled: false });
    const stillThere = await t.app.inject({ url: `/api/teams/${teamId}`, headers: bearer(b.adminToken) });
    expect(stillThere.json().name).toBe('B team');
  });

  it('lists only the caller’s own workspace', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const admins = await t.app.inject({ url: '/api/admins', headers: bearer(a.agentToken) });
    const ids = admins.json().admins.map((x: { id: string }) => x.id);
    expect(ids).toContain(String(a.admin.id));
    expect(ids).not.toContain(String(b.admin.id));
  });

  it('does not let a token name another workspace: a token is bound to the workspace it was made in', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const swapped = a.adminToken.replace(`charla_${a.workspace.id}_`, `charla_${b.workspace.id}_`);
    const response = await t.app.inject({ url: '/api/me', headers: bearer(swapped) });
    expect(response.statusCode).toBe(401);
  });

  it('does not let a session cookie be replayed against another workspace', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    const { cookie } = await signIn(t.app, a.agent.email);
    const moved = cookie.replace(`=${a.workspace.id}.`, `=${b.workspace.id}.`);
    const response = await t.app.inject({ url: '/api/me', headers: { cookie: moved } });
    expect(response.statusCode).toBe(401);
  });
});
