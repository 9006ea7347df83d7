import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { bearer, buildTeamWorkspace, countRows } from '../../../test/factories.ts';
import { setupTestApp, testConfig } from '../../../test/harness.ts';
import { buildApp } from '../../app.ts';

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
    expect(url).toMatch(/^http:\/\/localhost(:80)?\/invite\//);

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

  it('refuses an email that is already a teammate (409 teammate_exists)', async () => {
    const { agent, adminToken } = await buildTeamWorkspace(t.db);
    const response = await invite(adminToken, agent.email);
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0]).toMatchObject({ code: 'teammate_exists', field: 'email' });
  });

  it('refuses an email with an open invitation (409 invitation_exists), keeping its link working', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const first = (await invite(adminToken, 'twice@example.com')).json();
    const again = await invite(adminToken, 'Twice@Example.com');
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ code: 'invitation_exists', field: 'email' });
    const preview = await t.app.inject({ url: `/api/invitations/by-token/${tokenOf(first.invite_url)}` });
    expect(preview.statusCode).toBe(200);
  });

  it('invites again once the open invitation is revoked', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const first = (await invite(adminToken, 'again@example.com')).json();
    await t.app.inject({ method: 'DELETE', url: `/api/invitations/${first.id}`, headers: bearer(adminToken) });
    expect((await invite(adminToken, 'again@example.com')).statusCode).toBe(200);
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

describe('invitation links without PUBLIC_URL', () => {
  const inviteAt = (app: FastifyInstance, token: string, headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: { ...bearer(token), ...headers },
      payload: { email: `${crypto.randomUUID()}@example.com`, role: 'agent' },
    });

  it('uses the address the admin reached Charla at', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const created = await inviteAt(t.app, adminToken, { host: '192.168.1.20:3000' });
    expect(created.json().invite_url).toMatch(/^http:\/\/192\.168\.1\.20:3000\/invite\/[a-z0-9]+\./);
  });

  it('ignores X-Forwarded-Host and -Proto unless TRUST_PROXY is on', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const forwarded = {
      host: 'internal:3000',
      'x-forwarded-host': 'support.example.org',
      'x-forwarded-proto': 'https',
    };
    const untrusted = await inviteAt(t.app, adminToken, forwarded);
    expect(untrusted.json().invite_url).toMatch(/^http:\/\/internal:3000\/invite\//);
    const behindProxy = await buildApp({
      config: { ...t.config, trustProxy: true },
      database: t.testDatabase.database,
    });
    try {
      const trusted = await inviteAt(behindProxy, adminToken, forwarded);
      expect(trusted.json().invite_url).toMatch(/^https:\/\/support\.example\.org\/invite\//);
    } finally {
      await behindProxy.close();
    }
  });

  it('falls back to the default address for a Host that is not a plain host name', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const created = await inviteAt(t.app, adminToken, { host: 'evil.example@attacker.test' });
    expect(created.json().invite_url).toMatch(/^http:\/\/localhost:3000\/invite\//);
  });

  it('uses PUBLIC_URL whenever it is set, whatever the request says', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const config = testConfig({ PUBLIC_URL: 'https://charla.example.com/' });
    const configured = await buildApp({ config, database: t.testDatabase.database });
    try {
      const created = await inviteAt(configured, adminToken, { host: '192.168.1.20:3000' });
      expect(created.json().invite_url).toMatch(/^https:\/\/charla\.example\.com\/invite\//);
    } finally {
      await configured.close();
    }
  });
});
