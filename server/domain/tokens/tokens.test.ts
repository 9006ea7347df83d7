import { describe, expect, it } from 'vitest';
import { ZAccessTokenSchema } from '../../../protocol/tokens.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

describe('access tokens', () => {
  it('shows a new token once, stores only its hash, and the token works as a bearer', async () => {
    const { admin, adminToken } = await buildTeamWorkspace(t.db);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: bearer(adminToken),
      payload: { name: 'Zapier' },
    });
    expect(created.statusCode).toBe(200);
    const token = ZAccessTokenSchema.parse(created.json());
    expect(token).toMatchObject({ name: 'Zapier', admin_id: String(admin.id) });
    expect(token.token).toMatch(/^charla_[a-z0-9]+_/);
    const secret = token.token ?? '';

    const stored = await t.db.selectFrom('access_tokens').selectAll().where('id', '=', Number(token.id)).execute();
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const listed = await t.app.inject({ url: '/api/tokens', headers: bearer(adminToken) });
    expect(listed.body).not.toContain(secret);
    expect(listed.json().data.map((x: { name: string }) => x.name)).toContain('Zapier');

    const me = await t.app.inject({ url: '/api/me', headers: bearer(secret) });
    expect(me.json().id).toBe(String(admin.id));
  });

  it('stops accepting a revoked token', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const created = (
      await t.app.inject({ method: 'POST', url: '/api/tokens', headers: bearer(adminToken), payload: { name: 'tmp' } })
    ).json();
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${created.id}`,
      headers: bearer(adminToken),
    });
    expect(revoked.statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/me', headers: bearer(created.token) });
    expect(me.statusCode).toBe(401);
  });

  it('is for admins only', async () => {
    const { managerToken, agentToken } = await buildTeamWorkspace(t.db);
    for (const token of [managerToken, agentToken]) {
      const list = await t.app.inject({ url: '/api/tokens', headers: bearer(token) });
      expect(list.statusCode).toBe(403);
      const create = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: bearer(token),
        payload: { name: 'x' },
      });
      expect(create.statusCode).toBe(403);
    }
  });

  it('stops working when its teammate is deactivated', async () => {
    const { admin, manager, adminToken, managerToken } = await buildTeamWorkspace(t.db);
    await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${manager.id}`,
      headers: bearer(adminToken),
      payload: { active: false },
    });
    const me = await t.app.inject({ url: '/api/me', headers: bearer(managerToken) });
    expect(me.statusCode).toBe(401);
    expect(admin.role).toBe('admin');
  });
});
