import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/harness.ts';
import { viewFixtures } from './view-fixtures.ts';

const t = setupTestApp();
const f = viewFixtures(
  () => t.app,
  () => t.db,
);

/** Conversations in every state, assigned, mentioned and created by Luis (agent) and Marta (manager). */
async function buildInbox() {
  const w = await f.workspace();
  const { adminToken, agentToken, managerToken, agent, manager, contact } = w;
  const open = () => f.conversation(adminToken, contact.id);
  const luisAssigned = await open();
  await f.assign(adminToken, luisAssigned, agent.id);
  const martaAssigned = await open();
  await f.assign(adminToken, martaAssigned, manager.id);
  const unassigned = await open();
  const withBot = await open();
  await f.setBotPhase(withBot, 'bot');
  const luisClosed = await open();
  await f.assign(adminToken, luisClosed, agent.id);
  await f.close(adminToken, luisClosed);
  const luisSnoozed = await open();
  await f.assign(adminToken, luisSnoozed, agent.id);
  await f.snooze(adminToken, luisSnoozed);
  const mentionsLuis = await open();
  await f.assign(adminToken, mentionsLuis, manager.id);
  await f.note(adminToken, mentionsLuis, '@Luis Agent mira esto');
  const mentionsLuisClosed = await open();
  await f.note(adminToken, mentionsLuisClosed, '<p>Hola @luis, ¿lo revisas?</p>');
  await f.close(adminToken, mentionsLuisClosed);
  const message = (token: string, from: number) =>
    f.call(token, 'POST', '/api/messages', {
      body: 'Hola, te escribo por tu pedido',
      from: { type: 'admin', id: String(from) },
      to: { type: 'user', id: String(contact.id) },
    });
  const createdByLuis = (await message(agentToken, agent.id)).json().conversation_id;
  const createdByMarta = (await message(managerToken, manager.id)).json().conversation_id;
  await f.close(managerToken, createdByMarta);
  return {
    ...w,
    ids: {
      luisAssigned,
      martaAssigned,
      unassigned,
      withBot,
      luisClosed,
      luisSnoozed,
      mentionsLuis,
      mentionsLuisClosed,
      createdByLuis,
      createdByMarta,
    },
  };
}

const sorted = (ids: string[]) => [...ids].sort((a, b) => Number(a) - Number(b));

describe('built-in views', () => {
  it('show each teammate exactly their conversations, with counts equal to the lists', async () => {
    const { agentToken, managerToken, ids } = await buildInbox();
    const allOpen = [
      ids.luisAssigned,
      ids.martaAssigned,
      ids.unassigned,
      ids.withBot,
      ids.mentionsLuis,
      ids.createdByLuis,
    ];
    const expected = {
      luis: {
        you: [ids.luisAssigned, ids.createdByLuis],
        mentions: [ids.mentionsLuis],
        created_by_you: [ids.createdByLuis],
        all: allOpen,
        unassigned: [ids.unassigned, ids.withBot],
      },
      marta: {
        you: [ids.martaAssigned, ids.mentionsLuis],
        mentions: [],
        created_by_you: [],
        all: allOpen,
        unassigned: [ids.unassigned, ids.withBot],
      },
    };
    for (const [who, token] of [
      ['luis', agentToken],
      ['marta', managerToken],
    ] as const) {
      const counts = await f.counts(token);
      for (const [view, want] of Object.entries(expected[who])) {
        const listed = await f.listIds(token, view);
        expect(sorted(listed), `${who} ${view}`).toEqual(sorted(want));
        expect(counts[view], `${who} ${view} count`).toBe(want.length);
      }
    }
  });

  it('filter by state on request: closed mentions, closed own conversations, snoozed and closed in All', async () => {
    const { agentToken, managerToken, ids } = await buildInbox();
    expect(await f.listIds(agentToken, 'mentions', '&state=closed')).toEqual([ids.mentionsLuisClosed]);
    expect(await f.listIds(managerToken, 'created_by_you', '&state=closed')).toEqual([ids.createdByMarta]);
    expect(await f.listIds(agentToken, 'all', '&state=snoozed')).toEqual([ids.luisSnoozed]);
    expect(sorted(await f.listIds(agentToken, 'all', '&state=closed'))).toEqual(
      sorted([ids.luisClosed, ids.mentionsLuisClosed, ids.createdByMarta]),
    );
  });

  it('answer one view with its count, and 404 for an unknown view id', async () => {
    const { agentToken } = await buildInbox();
    const you = await f.call(agentToken, 'GET', '/api/views/you');
    expect(you.json()).toMatchObject({ type: 'view', id: 'you', kind: 'built_in', count: 2 });
    expect((await f.call(agentToken, 'GET', '/api/views/999999')).statusCode).toBe(404);
    expect((await f.call(agentToken, 'GET', '/api/views/999999/conversations')).statusCode).toBe(404);
    // An id that cannot exist is not found either (Intercom-style), not a bad request.
    expect((await f.call(agentToken, 'GET', '/api/views/inbox/conversations')).statusCode).toBe(404);
  });
});
