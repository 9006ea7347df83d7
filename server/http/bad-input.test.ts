import { describe, expect, it } from 'vitest';
import { bearer, buildTeamWorkspace, countRows } from '../../test/factories.ts';
import { setupTestApp } from '../../test/harness.ts';

const t = setupTestApp({ BODY_LIMIT_BYTES: '4096' });

async function tableCounts() {
  return Promise.all(
    (['teammates', 'teams', 'team_members', 'access_tokens', 'invitations'] as const).map((table) =>
      countRows(t.db, table),
    ),
  );
}

describe('bad input gets a clear 4xx and writes nothing', () => {
  it('rejects malformed JSON with 400 invalid_json', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const before = await tableCounts();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: { ...bearer(adminToken), 'content-type': 'application/json' },
      payload: '{"name": "Broken",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ type: 'error.list', errors: [{ code: 'invalid_json' }] });
    expect(await tableCounts()).toEqual(before);
  });

  it('rejects wrong types with 400 naming the field', async () => {
    const { adminToken, admin } = await buildTeamWorkspace(t.db);
    const before = await tableCounts();
    const cases = [
      { method: 'POST', url: '/api/teams', payload: { name: 42 }, field: 'name' },
      { method: 'POST', url: '/api/teams', payload: { name: 'X', admin_ids: 'all' }, field: 'admin_ids' },
      { method: 'POST', url: '/api/tokens', payload: { name: ['a'] }, field: 'name' },
      { method: 'POST', url: '/api/invitations', payload: { email: 'not-an-email' }, field: 'email' },
      { method: 'POST', url: '/api/invitations', payload: { email: 'a@example.com', role: 'owner' }, field: 'role' },
      {
        method: 'PUT',
        url: `/api/admins/${admin.id}/away`,
        payload: { away_mode_enabled: 'yes' },
        field: 'away_mode_enabled',
      },
    ] as const;
    for (const { field, ...request } of cases) {
      const response = await t.app.inject({ ...request, headers: bearer(adminToken) });
      expect(response.statusCode, JSON.stringify(request.payload)).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ code: 'parameter_invalid', field });
    }
    const missing = await t.app.inject({ method: 'POST', url: '/api/teams', headers: bearer(adminToken), payload: {} });
    expect(missing.json().errors[0]).toMatchObject({ code: 'parameter_not_found', field: 'name' });
    expect(await tableCounts()).toEqual(before);
  });

  it('rejects an oversized body with 413', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const before = await tableCounts();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(adminToken),
      payload: { name: 'Big', padding: 'x'.repeat(10_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].code).toBe('payload_too_large');
    expect(await tableCounts()).toEqual(before);
  });

  it('rejects a body that is not JSON with 415', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: { ...bearer(adminToken), 'content-type': 'text/xml' },
      payload: '<team/>',
    });
    expect(response.statusCode).toBe(415);
  });

  it('stores hostile text as sent and returns it as JSON data, never as markup', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: bearer(adminToken),
      payload: { name },
    });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.json().name).toBe(name);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await t.app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().errors[0].code).toBe('not_found');
  });
});
