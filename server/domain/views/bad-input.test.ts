import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/harness.ts';
import { viewFixtures } from './view-fixtures.ts';

const t = setupTestApp();
const f = viewFixtures(
  () => t.app,
  () => t.db,
);

describe('views refuse bad input with a 400 naming the field', () => {
  it('on create and update, writing nothing', async () => {
    const { adminToken } = await f.workspace();
    const other = await f.workspace('Other');
    const foreignTag = await f.tag(other.adminToken, await f.conversation(other.adminToken, other.contact.id), 'VIP');
    const existing = await f.createView(adminToken, { name: 'Base', kind: 'shared' });
    const cases: [object, string][] = [
      [{ name: 'X', filters: { ticket_state: 'open' } }, 'filters'], // named in the message
      [{ name: 'X', filters: { states: 'open' } }, 'filters.states'],
      [{ name: 'X', filters: { states: ['pending'] } }, 'filters.states.0'],
      [{ name: 'X', filters: { assignee: 'someone' } }, 'filters.assignee'],
      [{ name: 'X', filters: { tag_ids: ['abc'] } }, 'filters.tag_ids.0'],
      [{ name: 'X', filters: { tag_ids: [foreignTag] } }, 'filters.tag_ids'],
      [{ name: 'X', filters: { team_ids: [999999] } }, 'filters.team_ids'],
      [{ name: 'X', filters: { assignee: { admin_ids: [999999] } } }, 'filters.assignee.admin_ids'],
      [{ name: 'X', filters: { priority: true } }, 'filters.priority'],
      [{ name: 'X', filters: { custom_attributes: { plan: { nested: 1 } } } }, 'filters.custom_attributes.plan'],
      [{ name: 'X', filters: { bot_phase: 'done' } }, 'filters.bot_phase'],
      [{ name: 'X', sort: 'alphabetical' }, 'sort'],
      [{ name: 'X', kind: 'public' }, 'kind'],
      [{ name: '' }, 'name'],
      [{ name: 'X', position: -1 }, 'position'],
      [{ name: 'X', owner_id: 3 }, ''], // named in the message
    ];
    const before = await f.viewCount();
    for (const [payload, field] of cases) {
      const response = await f.call(adminToken, 'POST', '/api/views', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const [error] = response.json().errors;
      if (field) expect(error.field, JSON.stringify(payload)).toBe(field);
      if (field === '' || field === 'filters') expect(error.message).toMatch(/ticket_state|owner_id/);
      const update = await f.call(adminToken, 'PUT', `/api/views/${existing.id}`, { ...payload, name: undefined });
      expect(update.statusCode, `PUT ${JSON.stringify(payload)}`).toBe(field === 'name' ? 200 : 400);
    }
    expect(await f.viewCount()).toBe(before);
    expect((await f.call(adminToken, 'GET', `/api/views/${existing.id}`)).json()).toMatchObject({
      name: 'Base',
      filters: {},
    });
    const builtIn = await f.call(adminToken, 'PUT', '/api/views/you', { name: 'Mine' });
    expect(builtIn.json().errors[0].field).toBe('id');
  });

  it('on listing: bad sort, state, per_page or cursor', async () => {
    const { adminToken, contact } = await f.workspace();
    for (let i = 0; i < 3; i++) await f.conversation(adminToken, contact.id);
    const page = (await f.call(adminToken, 'GET', '/api/views/all/conversations?per_page=1')).json();
    const newestCursor = page.pages.next.starting_after as string;
    const forged = Buffer.from(JSON.stringify(['newest', 'DROP', 1])).toString('base64url');
    const cases: [string, string][] = [
      ['sort=alphabetical', 'sort'],
      ['state=pending', 'state'],
      ['per_page=0', 'per_page'],
      ['starting_after=not-a-cursor', 'starting_after'],
      [`starting_after=${forged}`, 'starting_after'],
      [`sort=oldest&starting_after=${newestCursor}`, 'starting_after'],
    ];
    for (const [query, field] of cases) {
      const response = await f.call(adminToken, 'GET', `/api/views/all/conversations?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0].field, query).toBe(field);
    }
  });
});
