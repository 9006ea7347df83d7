import { describe, expect, it } from 'vitest';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { hasActiveSubscription } from './dispatch.ts';
import { createDispatchNudger } from './jobs.ts';

const t = setupTestApp();

/** A nudger checking the real subscriptions table, recording the nudges it would send. */
function recordingNudger() {
  const nudges: number[] = [];
  const errors: unknown[] = [];
  const nudger = createDispatchNudger({
    isWanted: (workspaceIds) => hasActiveSubscription(t.db, workspaceIds),
    nudge: async () => {
      nudges.push(Date.now());
    },
    onError: (error) => errors.push(error),
  });
  return { nudger, nudges, errors };
}

describe('nudging the webhook dispatcher', () => {
  it('asks nothing for the events of workspaces without an active subscription', async () => {
    const quiet = await buildTeamWorkspace(t.db);
    const other = await buildTeamWorkspace(t.db);
    const { nudger, nudges, errors } = recordingNudger();
    for (let i = 0; i < 5; i++) nudger.published([{ workspace_id: quiet.workspace.id }]);
    nudger.published([{ workspace_id: other.workspace.id }, { workspace_id: quiet.workspace.id }]);
    await nudger.settled();
    expect(errors).toEqual([]);
    expect(nudges).toEqual([]);
  });

  it('nudges once a workspace of the events has one, and stops when it is paused', async () => {
    const team = await buildTeamWorkspace(t.db);
    const quiet = await buildTeamWorkspace(t.db);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/webhooks/subscriptions',
      headers: bearer(team.adminToken),
      payload: { url: 'https://example.com/hook', topics: ['conversation.user.replied'] },
    });
    expect(created.statusCode).toBe(200);
    const { nudger, nudges, errors } = recordingNudger();
    nudger.published([{ workspace_id: quiet.workspace.id }, { workspace_id: team.workspace.id }]);
    await nudger.settled();
    expect(nudges).toHaveLength(1);

    const paused = await t.app.inject({
      method: 'PUT',
      url: `/api/webhooks/subscriptions/${created.json().id}`,
      headers: bearer(team.adminToken),
      payload: { active: false },
    });
    expect(paused.statusCode).toBe(200);
    nudger.published([{ workspace_id: team.workspace.id }]);
    await nudger.settled();
    expect(nudges).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
