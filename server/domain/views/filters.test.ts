import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/harness.ts';
import { ensureDefaultViews } from './defaults.ts';
import { viewFixtures } from './view-fixtures.ts';

const t = setupTestApp();
const f = viewFixtures(
  () => t.app,
  () => t.db,
);

/** The conversations a saved view with `filters` lists for the agent, checked against its count. */
async function shownBy(token: string, filters: object) {
  const view = await f.createView(token, { name: 'Filtro', filters });
  const ids = await f.listIds(token, view.id);
  expect((await f.counts(token))[view.id]).toBe(ids.length);
  return [...ids].sort((a, b) => Number(a) - Number(b));
}

describe('saved view filters', () => {
  it('select by tags (any of), priority and custom attributes', async () => {
    const { adminToken, contact } = await f.workspace();
    const [vip, billing, plain] = [
      await f.conversation(adminToken, contact.id),
      await f.conversation(adminToken, contact.id),
      await f.conversation(adminToken, contact.id),
    ];
    const vipTag = await f.tag(adminToken, vip, 'VIP');
    const billingTag = await f.tag(adminToken, billing, 'Facturación');
    await f.tag(adminToken, plain, 'Otro');
    await f.update(adminToken, vip, { priority: 'priority', custom_attributes: { plan: 'pro', seats: 5 } });
    await f.update(adminToken, billing, { custom_attributes: { plan: 'free', seats: 5 } });

    expect(await shownBy(adminToken, { tag_ids: [vipTag, billingTag] })).toEqual([vip, billing]);
    expect(await shownBy(adminToken, { priority: 'priority' })).toEqual([vip]);
    expect(await shownBy(adminToken, { priority: 'not_priority' })).toEqual([billing, plain]);
    expect(await shownBy(adminToken, { custom_attributes: { plan: 'pro' } })).toEqual([vip]);
    expect(await shownBy(adminToken, { custom_attributes: { seats: 5 } })).toEqual([vip, billing]);
    expect(await shownBy(adminToken, { custom_attributes: { seats: '5' } })).toEqual([]);
  });

  it('select by team, admin assignee (me, ids, any, nobody) and bot phase', async () => {
    const { adminToken, agentToken, agent, manager, contact } = await f.workspace();
    const team = (await f.call(adminToken, 'POST', '/api/teams', { name: 'Soporte' })).json();
    const [teamOnly, agentOwned, managerOwned, botOnly] = [
      await f.conversation(adminToken, contact.id),
      await f.conversation(adminToken, contact.id),
      await f.conversation(adminToken, contact.id),
      await f.conversation(adminToken, contact.id),
    ];
    await f.assign(adminToken, teamOnly, Number(team.id), 'team');
    await f.assign(adminToken, agentOwned, agent.id);
    await f.assign(adminToken, managerOwned, manager.id);
    await f.setBotPhase(botOnly, 'bot');
    await f.setBotPhase(agentOwned, 'handed_off');

    expect(await shownBy(agentToken, { team_ids: [team.id] })).toEqual([teamOnly]);
    expect(await shownBy(agentToken, { assignee: 'me' })).toEqual([agentOwned]);
    expect(await shownBy(agentToken, { assignee: { admin_ids: [manager.id] } })).toEqual([managerOwned]);
    expect(await shownBy(agentToken, { assignee: 'any' })).toEqual([agentOwned, managerOwned]);
    expect(await shownBy(agentToken, { assignee: 'nobody' })).toEqual([teamOnly, botOnly]);
    expect(await shownBy(agentToken, { bot_phase: 'bot' })).toEqual([botOnly]);
    expect(await shownBy(agentToken, { bot_phase: 'handed_off' })).toEqual([agentOwned]);
    expect(await shownBy(agentToken, { bot_phase: 'none', assignee: 'any' })).toEqual([managerOwned]);
  });

  it('give a workspace the shared Chats view once: open conversations the bot has handed off', async () => {
    const { workspace, agentToken, adminToken, contact } = await f.workspace();
    const [handedOff, withBot, closed] = [
      await f.conversation(adminToken, contact.id),
      await f.conversation(adminToken, contact.id),
      await f.conversation(adminToken, contact.id),
    ];
    await f.setBotPhase(handedOff, 'handed_off');
    await f.setBotPhase(withBot, 'bot');
    await f.setBotPhase(closed, 'handed_off');
    await f.close(adminToken, closed);
    await ensureDefaultViews(t.db, workspace.id);
    await ensureDefaultViews(t.db, workspace.id);
    const views = (await f.call(agentToken, 'GET', '/api/views')).json().views;
    const chats = views.filter((view: { name: string }) => view.name === 'Chats');
    expect(chats).toMatchObject([{ kind: 'shared', sort: 'waiting_longest', count: 1 }]);
    expect(await f.listIds(agentToken, chats[0].id)).toEqual([handedOff]);
  });
});
