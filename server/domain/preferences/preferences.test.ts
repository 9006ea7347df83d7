import { describe, expect, it } from 'vitest';
import { ZEventListSchema } from '../../../protocol/events.ts';
import { DEFAULT_PREFERENCES, ZPreferencesSchema } from '../../../protocol/preferences.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function putPreferences(token: string, payload: unknown) {
  return t.app.inject({
    method: 'PUT',
    url: '/api/me/preferences',
    headers: bearer(token),
    payload: payload as object,
  });
}

describe('teammate preferences', () => {
  it('gives the defaults to a teammate who never changed anything', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    const response = await t.app.inject({ url: '/api/me/preferences', headers: bearer(agentToken) });
    expect(response.statusCode).toBe(200);
    expect(ZPreferencesSchema.strict().parse(response.json())).toEqual(DEFAULT_PREFERENCES);
  });

  it('changes only the keys sent, merges view sorts key by key and keeps them per teammate', async () => {
    const { agentToken, managerToken } = await buildTeamWorkspace(t.db);
    await putPreferences(agentToken, { move_on_after_close: false, view_sorts: { you: 'oldest', '12': 'newest' } });
    const changed = await putPreferences(agentToken, {
      desktop_notifications: true,
      view_sorts: { '12': null, all: 'waiting_longest' },
      hidden_view_ids: ['12', '12', 'mentions'],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({
      ...DEFAULT_PREFERENCES,
      move_on_after_close: false,
      desktop_notifications: true,
      view_sorts: { you: 'oldest', all: 'waiting_longest' },
      hidden_view_ids: ['12', 'mentions'],
    });
    const again = await t.app.inject({ url: '/api/me/preferences', headers: bearer(agentToken) });
    expect(again.json()).toEqual(changed.json());
    const manager = await t.app.inject({ url: '/api/me/preferences', headers: bearer(managerToken) });
    expect(manager.json()).toEqual(DEFAULT_PREFERENCES);
  });

  it('tells only that teammate’s tabs: other teammates get a skipped event in its place', async () => {
    const { agentToken, managerToken } = await buildTeamWorkspace(t.db);
    await putPreferences(agentToken, { notification_sound: true });
    const mine = ZEventListSchema.parse(
      (await t.app.inject({ url: '/api/events?after=0', headers: bearer(agentToken) })).json(),
    );
    const event = mine.events.find((candidate) => candidate.type === 'event');
    expect(event).toMatchObject({ topic: 'teammate.preferences_updated', data: { notification_sound: true } });
    const theirs = ZEventListSchema.parse(
      (await t.app.inject({ url: '/api/events?after=0', headers: bearer(managerToken) })).json(),
    );
    expect(theirs.events.filter((candidate) => candidate.type === 'event')).toEqual([]);
    expect(theirs.events.map((candidate) => candidate.id)).toEqual(mine.events.map((candidate) => candidate.id));
  });

  it.each([
    ['an unknown key', { theme: 'dark' }],
    ['a wrong type', { move_on_after_close: 'yes' }],
    ['an unknown sort', { view_sorts: { you: 'random' } }],
    ['a malformed view id', { hidden_view_ids: ['<script>'] }],
    ['an array body', [1, 2]],
  ])('refuses %s with a 400 and writes nothing', async (_label, payload) => {
    const { agentToken, workspace } = await buildTeamWorkspace(t.db);
    const response = await putPreferences(agentToken, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().type).toBe('error.list');
    const stored = await t.db
      .selectFrom('teammate_preferences')
      .select('teammate_id')
      .where('workspace_id', '=', workspace.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('needs a signed-in teammate', async () => {
    const response = await t.app.inject({ url: '/api/me/preferences' });
    expect(response.statusCode).toBe(401);
  });
});
