import { describe, expect, it } from 'vitest';
import { ZEventListSchema } from '../../../protocol/events.ts';
import { ZViewListSchema } from '../../../protocol/views.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { viewFixtures } from './view-fixtures.ts';

const t = setupTestApp();
const f = viewFixtures(
  () => t.app,
  () => t.db,
);

async function createTeam(token: string, name: string, memberIds: number[]) {
  const response = await f.call(token, 'POST', '/api/teams', { name, admin_ids: memberIds });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().id as string;
}

const listViews = async (token: string) =>
  ZViewListSchema.parse((await f.call(token, 'GET', '/api/views')).json()).views;

describe('team inboxes', () => {
  it('follow membership: a teammate added to a team sees its inbox at the next listing, and loses it when removed', async () => {
    const { adminToken, agentToken, agent } = await f.workspace();
    const team = await createTeam(adminToken, 'VIP', []);
    const hasInbox = async () => (await listViews(agentToken)).some((view) => view.id === `team_${team}`);
    expect(await hasInbox()).toBe(false);
    expect((await f.call(adminToken, 'PUT', `/api/teams/${team}`, { admin_ids: [agent.id] })).statusCode).toBe(200);
    expect(await hasInbox()).toBe(true);
    expect((await f.call(agentToken, 'GET', `/api/views/team_${team}/conversations`)).statusCode).toBe(200);
    expect((await f.call(adminToken, 'PUT', `/api/teams/${team}`, { admin_ids: [] })).statusCode).toBe(200);
    expect(await hasInbox()).toBe(false);
    expect((await f.call(agentToken, 'GET', `/api/views/team_${team}/conversations`)).statusCode).toBe(404);
  });

  it('announce every team change to the agents, so their navs list a new team inbox at once', async () => {
    const { adminToken, agentToken, agent } = await f.workspace();
    const eventsSince = async (after: number) =>
      ZEventListSchema.parse((await f.call(agentToken, 'GET', `/api/events?after=${after}`)).json());
    const start = (await eventsSince(0)).last_id;
    const team = await createTeam(adminToken, 'VIP', [agent.id]);
    await f.call(adminToken, 'PUT', `/api/teams/${team}`, { name: 'VIP España' });
    await f.call(adminToken, 'DELETE', `/api/teams/${team}`);
    const changes = (await eventsSince(start)).events.flatMap((event) =>
      event.type === 'event' && event.topic === 'view.changed' ? [event.data] : [],
    );
    expect(changes).toEqual([
      expect.objectContaining({
        action: 'created',
        view: expect.objectContaining({ id: `team_${team}`, name: 'VIP' }),
      }),
      expect.objectContaining({
        action: 'updated',
        view: expect.objectContaining({ id: `team_${team}`, name: 'VIP España' }),
      }),
      expect.objectContaining({ action: 'deleted', view: expect.objectContaining({ id: `team_${team}` }) }),
    ]);
  });
});
