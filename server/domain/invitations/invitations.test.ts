import { describe, expect, it } from 'vitest';
import { bearer, buildTeamWorkspace, countRows } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function invite(token: string, email: string, role = 'agent') {
  return t.app.inject({ method: 'POST', url: '/api/invitations', headers: bearer(token), payload: { email, role } });
}

const tokenOf = (inviteUrl: string) => inviteUrl.split('/invite/')[1] ?? '';

describe('invitations', () => {
  it('lets an admin invite; the invitee opens the link, sets a password and is signed in with that role', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const created = await invite(adminToken, 'New.Person@Example.com', 'manager');
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ type: 'invitation', email: 'new.person@example.com', role: 'manager' });
    const url: string = created.json().invite_url;
    expect(url).toMatch(/^http:\/\/localhost:3000\/invite\//);

    const pending = await t.app.inject({ url: '/api/invitations', headers: bearer(adminToken) });
    expect(pending.json().data.map((i: { email: string }) => i.email)).toContain('new.person@example.com');
    expect(pending.body).not.toContain(tokenOf(url));

    const preview = await t.app.inject({ url: `/api/invitations/by-token/${tokenOf(url)}` });
    expect(preview.json()).toEqual({
      type: 'invitation.preview',
      email: 'new.person@example.com',
      role: 'manager',
      workspace_name: workspace.name,
    });

    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/by-token/${tokenOf(url)}/accept`,
      payload: { name: 'Nueva Persona', password: 'a long enough secret', language: 'es' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().admin).toMatchObject({ name: 'Nueva Persona', role: 'manager', language: 'es' });
    const cookie = accepted.cookies.find((c) => c.name === 'charla_session');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: `charla_session=${cookie?.value}` } });
    expect(me.json().email).toBe('new.person@example.com');

    const reused = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/by-token/${tokenOf(url)}/accept`,
      payload: { name: 'Again', password: 'a long enough secret' },
    });
    expect(reused.statusCode).toBe(404);
  });

  it('refuses agents and managers (403)', async () => {
    const { agentToken, managerToken } = await buildTeamWorkspace(t.db);
    expect((await invite(agentToken, 'x@example.com')).statusCode).toBe(403);
    expect((await invite(managerToken, 'x@example.com')).statusCode).toBe(403);
  });

  it('refuses an email that is already a teammate (409)', async () => {
    const { agent, adminToken } = await buildTeamWorkspace(t.db);
    expect((await invite(adminToken, agent.email)).statusCode).toBe(409);
  });

  it('creates no teammate when the password is too short, and the link still works after', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const url = (await invite(adminToken, 'short@example.com')).json().invite_url;
    const before = await countRows(t.db, 'teammates');
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/by-token/${tokenOf(url)}/accept`,
      payload: { name: 'Short', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('password');
    expect(await countRows(t.db, 'teammates')).toBe(before);
    const preview = await t.app.inject({ url: `/api/invitations/by-token/${tokenOf(url)}` });
    expect(preview.statusCode).toBe(200);
  });

  it('revokes an invitation so its link stops working', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const created = (await invite(adminToken, 'revoked@example.com')).json();
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/invitations/${created.id}`,
      headers: bearer(adminToken),
    });
    expect(revoked.statusCode).toBe(200);
    const preview = await t.app.inject({ url: `/api/invitations/by-token/${tokenOf(created.invite_url)}` });
    expect(preview.statusCode).toBe(404);
  });

  it('answers 404 for a forged link', async () => {
    const { workspace } = await buildTeamWorkspace(t.db);
    const forged = await t.app.inject({
      url: `/api/invitations/by-token/${workspace.id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
    });
    expect(forged.statusCode).toBe(404);
    expect(forged.json().errors[0].code).toBe('invitation_not_found');
  });
});
