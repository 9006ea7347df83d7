import { describe, expect, it } from 'vitest';
import {
  bearer,
  buildTeammate,
  buildTeamWorkspace,
  buildToken,
  signIn,
  TEST_PASSWORD,
} from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3', SIGN_IN_MAX_FAILURES_PER_IP: '6' });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the teammate with a CSRF token', async () => {
    const { admin } = await buildTeamWorkspace(t.db);
    const { response } = await signIn(t.app, admin.email);
    const cookie = response.cookies.find((c) => c.name === 'charla_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = response.json();
    expect(body).toMatchObject({ type: 'session', admin: { type: 'admin', id: String(admin.id), role: 'admin' } });
    expect(body.csrf_token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('marks the cookie Secure when the request came over https through a trusted proxy', async () => {
    const { admin } = await buildTeamWorkspace(t.db);
    const secureApp = await import('../../app.ts').then(({ buildApp }) =>
      buildApp({ config: { ...t.config, trustProxy: true }, database: t.testDatabase.database }),
    );
    const response = await secureApp.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: admin.email, password: TEST_PASSWORD },
    });
    await secureApp.close();
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((c) => c.name === 'charla_session')?.secure).toBe(true);
  });

  it('rejects a wrong password with 401 invalid_credentials and sets no cookie', async () => {
    const { admin } = await buildTeamWorkspace(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: admin.email, password: 'not the password' },
      remoteAddress: '10.9.9.1',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().errors[0].code).toBe('invalid_credentials');
    expect(response.cookies).toHaveLength(0);
  });

  it('answers the same 401 for an unknown email', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@example.com', password: 'whatever-123' },
      remoteAddress: '10.9.9.2',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().errors[0]).toEqual({
      code: 'invalid_credentials',
      message: 'Email or password is incorrect',
    });
  });

  it('signs a deactivated teammate out and refuses them', async () => {
    const { admin, adminToken } = await buildTeamWorkspace(t.db);
    const agent = await buildTeammate(t.db, admin.workspace_id);
    const session = await signIn(t.app, agent.email);
    const off = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: bearer(adminToken),
      payload: { active: false },
    });
    expect(off.statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: agent.email, password: TEST_PASSWORD },
      remoteAddress: '10.9.9.3',
    });
    expect(again.statusCode).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  it('locks an account after repeated failures, even for the right password, with Retry-After', async () => {
    const { admin } = await buildTeamWorkspace(t.db);
    for (let i = 0; i < 3; i++) {
      const fail = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: admin.email, password: 'wrong password' },
        remoteAddress: `10.1.0.${i + 1}`,
      });
      expect(fail.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: admin.email, password: TEST_PASSWORD },
      remoteAddress: '10.1.0.99',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.json().errors[0].code).toBe('rate_limited');
    expect(locked.json().errors[0].message).toMatch(/this account/);
  });

  it('limits one address trying many accounts', async () => {
    const ip = '10.2.0.1';
    for (let i = 0; i < 6; i++) {
      const fail = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: `guess${i}@example.com`, password: 'wrong password' },
        remoteAddress: ip,
      });
      expect(fail.statusCode).toBe(401);
    }
    const { admin } = await buildTeamWorkspace(t.db);
    const limited = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: admin.email, password: TEST_PASSWORD },
      remoteAddress: ip,
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().errors[0].message).toMatch(/network address/);
    const elsewhere = await signIn(t.app, admin.email);
    expect(elsewhere.response.statusCode).toBe(200);
  });
});

describe('session and CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF header, accepts it with the header', async () => {
    const { admin } = await buildTeamWorkspace(t.db);
    const { cookie, csrfToken } = await signIn(t.app, admin.email);
    const forged = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${admin.id}/away`,
      headers: { cookie },
      payload: { away_mode_enabled: true },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().errors[0].code).toBe('csrf_token_invalid');
    const wrong = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${admin.id}/away`,
      headers: { cookie, 'x-csrf-token': `${csrfToken}x` },
      payload: { away_mode_enabled: true },
    });
    expect(wrong.statusCode).toBe(403);
    const stillActive = await t.app.inject({ url: `/api/admins/${admin.id}`, headers: { cookie } });
    expect(stillActive.json().away_mode_enabled).toBe(false);
    const ok = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${admin.id}/away`,
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: { away_mode_enabled: true },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().away_mode_enabled).toBe(true);
  });

  it('needs no CSRF header with a bearer token', async () => {
    const { admin } = await buildTeamWorkspace(t.db);
    const token = await buildToken(t.db, admin);
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${admin.id}/away`,
      headers: bearer(token),
      payload: { away_mode_enabled: true },
    });
    expect(response.statusCode).toBe(200);
  });

  it('returns the session, and sign-out ends it', async () => {
    const { agent } = await buildTeamWorkspace(t.db);
    const { cookie, csrfToken } = await signIn(t.app, agent.email);
    const session = await t.app.inject({ url: '/api/auth/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ csrf_token: csrfToken, admin: { email: agent.email, role: 'agent' } });
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ url: '/api/auth/session', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('rejects a forged session cookie and a forged bearer token with 401', async () => {
    const { workspace } = await buildTeamWorkspace(t.db);
    const cookie = await t.app.inject({
      url: '/api/me',
      headers: { cookie: `charla_session=${workspace.id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` },
    });
    expect(cookie.statusCode).toBe(401);
    const token = await t.app.inject({
      url: '/api/me',
      headers: bearer(`charla_${workspace.id}_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`),
    });
    expect(token.statusCode).toBe(401);
    expect(token.json()).toMatchObject({
      type: 'error.list',
      errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
    });
  });
});

describe('changing one’s password', () => {
  it('needs the current password, ends other sessions and keeps this one signed in', async () => {
    const { agent } = await buildTeamWorkspace(t.db);
    const other = await signIn(t.app, agent.email);
    const here = await signIn(t.app, agent.email);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: here.cookie, 'x-csrf-token': here.csrfToken },
      payload: { current_password: 'not it', new_password: 'a brand new secret' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ code: 'current_password_invalid', field: 'current_password' });
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: here.cookie, 'x-csrf-token': here.csrfToken },
      payload: { current_password: TEST_PASSWORD, new_password: 'a brand new secret' },
    });
    expect(changed.statusCode).toBe(200);
    const fresh = changed.cookies.find((c) => c.name === 'charla_session');
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: other.cookie } })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/me', headers: { cookie: `charla_session=${fresh?.value}` } })).statusCode,
    ).toBe(200);
    expect((await signIn(t.app, agent.email, 'a brand new secret')).response.statusCode).toBe(200);
  });
});
