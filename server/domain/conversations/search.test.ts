import { describe, expect, it } from 'vitest';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

describe('POST /api/conversations/search', () => {
  it('filters by state, assignee, contact, tag, priority, source author, custom attributes and time', async () => {
    const { workspace, agent, adminToken } = await buildTeamWorkspace(t.db);
    const ana = await insertContact(t.db, workspace.id, { name: 'Ana' });
    const ben = await insertContact(t.db, workspace.id, { name: 'Ben' });
    const [first, second, third] = [
      await buildConversation(t.app, adminToken, ana.id, 'Mi factura'),
      await buildConversation(t.app, adminToken, ben.id, 'No puedo entrar'),
      await buildConversation(t.app, adminToken, ana.id, 'Otra cosa'),
    ];
    const manage = (id: string, payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/conversations/${id}/parts`, headers: bearer(adminToken), payload });
    await manage(first, { message_type: 'assignment', type: 'admin', assignee_id: String(agent.id) });
    await manage(third, { message_type: 'close', type: 'admin' });
    await t.app.inject({
      method: 'PUT',
      url: `/api/conversations/${second}`,
      headers: bearer(adminToken),
      payload: { priority: 'priority', custom_attributes: { issue_type: 'Login' } },
    });
    const tag = (
      await t.app.inject({ method: 'POST', url: '/api/tags', headers: bearer(adminToken), payload: { name: 'vip' } })
    ).json();
    await t.app.inject({
      method: 'POST',
      url: `/api/conversations/${first}/tags`,
      headers: bearer(adminToken),
      payload: { id: tag.id },
    });

    const search = async (query: object) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/conversations/search',
        headers: bearer(adminToken),
        payload: { query },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response
        .json()
        .conversations.map((c: { id: string }) => c.id)
        .sort();
    };
    expect(await search({ field: 'state', operator: '=', value: 'open' })).toEqual([first, second].sort());
    expect(await search({ field: 'admin_assignee_id', operator: '=', value: agent.id })).toEqual([first]);
    expect(await search({ field: 'admin_assignee_id', operator: '=', value: 0 })).toEqual([second, third].sort());
    expect(await search({ field: 'contact_ids', operator: '=', value: String(ana.id) })).toEqual([first, third].sort());
    expect(await search({ field: 'tag_ids', operator: 'IN', value: [tag.id] })).toEqual([first]);
    expect(await search({ field: 'tag_ids', operator: 'NIN', value: [tag.id] })).toEqual([second, third].sort());
    expect(await search({ field: 'priority', operator: '=', value: 'priority' })).toEqual([second]);
    expect(await search({ field: 'custom_attributes.issue_type', operator: '=', value: 'Login' })).toEqual([second]);
    expect(await search({ field: 'source.author.type', operator: '=', value: 'user' })).toHaveLength(3);
    expect(await search({ field: 'source.body', operator: '~', value: 'factura' })).toEqual([first]);
    const since = Math.floor(Date.now() / 1000) - 3600;
    expect(
      await search({
        operator: 'AND',
        value: [
          { field: 'created_at', operator: '>', value: since },
          {
            operator: 'OR',
            value: [
              { field: 'open', operator: '=', value: false },
              { field: 'priority', operator: '=', value: 'priority' },
            ],
          },
        ],
      }),
    ).toEqual([second, third].sort());
  });

  it('pages with pagination.starting_after until pages.next is gone', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await buildConversation(t.app, adminToken, contact.id, `m${i}`));
    const seen: string[] = [];
    let startingAfter: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/conversations/search',
        headers: bearer(adminToken),
        payload: {
          query: { field: 'contact_ids', operator: '=', value: String(contact.id) },
          pagination: { per_page: 2, starting_after: startingAfter },
        },
      });
      const body = response.json();
      seen.push(...body.conversations.map((c: { id: string }) => c.id));
      startingAfter = body.pages.next?.starting_after;
      if (!startingAfter) break;
    }
    expect(seen.sort()).toEqual(created.sort());
  });

  it('answers 400 naming the offending field for malformed queries', async () => {
    const { adminToken } = await buildTeamWorkspace(t.db);
    const cases = [
      [{ field: 'nonsense', operator: '=', value: 1 }, 'nonsense'],
      [{ field: 'state', operator: '>', value: 'open' }, 'state'],
      [{ field: 'tag_ids', operator: 'IN', value: 'x' }, 'query.value'],
    ] as const;
    for (const [query, field] of cases) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/conversations/search',
        headers: bearer(adminToken),
        payload: { query },
      });
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.json().errors[0].message + response.json().errors[0].field).toContain(field);
    }
    const badCursor = await t.app.inject({
      method: 'POST',
      url: '/api/conversations/search',
      headers: bearer(adminToken),
      payload: { query: { field: 'state', operator: '=', value: 'open' }, pagination: { starting_after: 'garbage' } },
    });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().errors[0].field).toBe('pagination.starting_after');
    const forged = Buffer.from(JSON.stringify(['abc', 1])).toString('base64url');
    const list = await t.app.inject({
      url: `/api/conversations?starting_after=${forged}`,
      headers: bearer(adminToken),
    });
    expect(list.statusCode).toBe(400);
    expect(list.json().errors[0].field).toBe('starting_after');
  });
});
