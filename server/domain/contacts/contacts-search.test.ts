import { beforeAll, describe, expect, it } from 'vitest';
import { type ContactList, ZContactListSchema } from '../../../protocol/contacts.ts';
import { buildContact } from '../../../test/contact-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

let headers: Record<string, string>;
let workspaceId: string;

beforeAll(async () => {
  const team = await buildTeamWorkspace(t.db);
  headers = bearer(team.agentToken);
  workspaceId = team.workspace.id;
});

async function search(body: unknown) {
  return t.app.inject({ method: 'POST', url: '/api/contacts/search', headers, payload: body as object });
}

const at = (iso: string) => new Date(iso);
const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

describe('contact list', () => {
  it('walks every contact exactly once across pages, newest first; the last page has no pages.next', async () => {
    const { workspace, agentToken } = await buildTeamWorkspace(t.db, 'Paging');
    // Seven contacts, three of them created in the very same microsecond: the cursor must tell them apart.
    const same = at('2026-02-01T10:00:00.123456Z');
    const ids: number[] = [];
    for (const createdAt of [same, same, same, at('2026-02-02T00:00:00Z'), at('2026-01-01T00:00:00Z')]) {
      ids.push((await buildContact(t.db, workspace.id, { created_at: createdAt })).id);
    }
    ids.push((await buildContact(t.db, workspace.id)).id, (await buildContact(t.db, workspace.id)).id);
    const deleted = await buildContact(t.db, workspace.id, { deleted_at: new Date() });

    const seen: string[] = [];
    const pages: ContactList['pages'][] = [];
    let next: string | undefined;
    do {
      const response = await t.app.inject({
        url: `/api/contacts?per_page=3${next ? `&starting_after=${encodeURIComponent(next)}` : ''}`,
        headers: bearer(agentToken),
      });
      const page = ZContactListSchema.parse(response.json());
      expect(page.total_count).toBe(7);
      seen.push(...page.data.map((c) => c.id));
      pages.push(page.pages);
      next = page.pages.next?.starting_after;
    } while (next && pages.length < 10);

    expect(pages.map((p) => [p.page, p.per_page, p.total_pages, p.next !== undefined])).toEqual([
      [1, 3, 3, true],
      [2, 3, 3, true],
      [3, 3, 3, false],
    ]);
    expect(pages.at(-1)).not.toHaveProperty('next');
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.sort()).toEqual(ids.map(String).sort());
    expect(seen).not.toContain(String(deleted.id));
  });

  it('orders newest first and breaks ties by id', async () => {
    const { workspace, agentToken } = await buildTeamWorkspace(t.db, 'Order');
    const old = await buildContact(t.db, workspace.id, { created_at: at('2025-01-01T00:00:00Z') });
    const tieA = await buildContact(t.db, workspace.id, { created_at: at('2025-06-01T00:00:00Z') });
    const tieB = await buildContact(t.db, workspace.id, { created_at: at('2025-06-01T00:00:00Z') });
    const response = await t.app.inject({ url: '/api/contacts', headers: bearer(agentToken) });
    expect(response.json().data.map((c: { id: string }) => c.id)).toEqual([tieB.id, tieA.id, old.id].map(String));
    expect(response.json().pages).toEqual({ type: 'pages', page: 1, per_page: 50, total_pages: 1 });
  });

  it('rejects a malformed cursor and per_page out of range with a 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['?starting_after=not-a-cursor', 'starting_after'],
      [`?starting_after=${Buffer.from('["x",1]').toString('base64url')}`, 'starting_after'],
      [`?starting_after=${Buffer.from('{"a":1}').toString('base64url')}`, 'starting_after'],
      ['?per_page=151', 'per_page'],
      ['?per_page=0', 'per_page'],
    ]) {
      const response = await t.app.inject({ url: `/api/contacts${query}`, headers });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ code: 'parameter_invalid', field });
    }
  });

  it('answers an empty workspace with an empty list and no next page', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db, 'Empty');
    const response = await t.app.inject({ url: '/api/contacts', headers: bearer(agentToken) });
    expect(response.json()).toEqual({
      type: 'list',
      data: [],
      total_count: 0,
      pages: { type: 'pages', page: 1, per_page: 50, total_pages: 0 },
    });
  });
});

describe('contact search', () => {
  let names: Record<string, string>;

  beforeAll(async () => {
    const contact = async (name: string, overrides: Parameters<typeof buildContact>[2]) =>
      [name, String((await buildContact(t.db, workspaceId, { name, ...overrides })).id)] as const;
    names = Object.fromEntries([
      await contact('Ana', {
        email: 'ana@acme.com',
        role: 'user',
        created_at: at('2026-03-01T09:00:00Z'),
        custom_attributes: { plan: 'pro', seats: 12 },
      }),
      await contact('Bea', {
        email: 'bea@globex.io',
        role: 'lead',
        created_at: at('2026-03-03T09:00:00Z'),
        custom_attributes: { plan: 'team', seats: 4 },
      }),
      await contact('Cris', {
        email: 'cris@acme.com',
        role: 'lead',
        external_id: 'cris-1',
        created_at: at('2026-03-05T09:00:00Z'),
        custom_attributes: { plan: 'free' },
      }),
      await contact('Dani', { email: 'dani@initech.net', role: 'user', created_at: at('2026-03-07T09:00:00Z') }),
    ]);
  });

  async function found(query: unknown): Promise<string[]> {
    const response = await search({ query });
    expect(response.statusCode, response.body).toBe(200);
    const byId = Object.fromEntries(Object.entries(names).map(([name, id]) => [id, name]));
    return ZContactListSchema.parse(response.json())
      .data.map((c) => byId[c.id] ?? `?${c.id}`)
      .sort();
  }

  it('combines nested AND/OR with ~, ^, $ and custom attributes', async () => {
    const query = {
      operator: 'OR',
      value: [
        {
          operator: 'AND',
          value: [
            { field: 'email', operator: '$', value: '@acme.com' },
            { field: 'custom_attributes.seats', operator: '>', value: 10 },
          ],
        },
        {
          operator: 'AND',
          value: [
            { field: 'name', operator: '^', value: 'b' },
            { field: 'email', operator: '~', value: 'GLOBEX' },
            { field: 'custom_attributes.plan', operator: '=', value: 'team' },
          ],
        },
      ],
    };
    expect(await found(query)).toEqual(['Ana', 'Bea']);
  });

  it('supports IN and NIN', async () => {
    expect(await found({ field: 'custom_attributes.plan', operator: 'IN', value: ['pro', 'free'] })).toEqual([
      'Ana',
      'Cris',
    ]);
    expect(
      await found({
        operator: 'AND',
        value: [
          { field: 'role', operator: 'NIN', value: ['user'] },
          { field: 'email_domain', operator: 'IN', value: ['acme.com', 'globex.io'] },
        ],
      }),
    ).toEqual(['Bea', 'Cris']);
  });

  it('compares created_at by day with < and >, as Intercom does', async () => {
    const query = {
      operator: 'AND',
      value: [
        { field: 'created_at', operator: '>', value: String(unix('2026-03-01T23:59:59Z')) },
        { field: 'created_at', operator: '<', value: unix('2026-03-07T00:00:00Z') },
      ],
    };
    expect(await found(query)).toEqual(['Bea', 'Cris']);
    expect(await found({ field: 'created_at', operator: '=', value: unix('2026-03-05T00:00:00Z') })).toEqual(['Cris']);
  });

  it('finds by external_id and by id', async () => {
    expect(await found({ field: 'external_id', operator: '=', value: 'cris-1' })).toEqual(['Cris']);
    expect(await found({ field: 'id', operator: '=', value: names.Dani })).toEqual(['Dani']);
  });

  it('pages through results with pagination.starting_after', async () => {
    const query = { field: 'email', operator: '~', value: '@' };
    const first = await search({ query, pagination: { per_page: 3 } });
    expect(first.json()).toMatchObject({ total_count: 4, pages: { page: 1, per_page: 3, total_pages: 2 } });
    const cursor = first.json().pages.next.starting_after;
    const second = await search({ query, pagination: { per_page: 3, starting_after: cursor } });
    expect(second.json()).toMatchObject({ total_count: 4, pages: { page: 2, total_pages: 2 } });
    expect(second.json().pages.next).toBeUndefined();
    const ids = [...first.json().data, ...second.json().data].map((c: { id: string }) => c.id);
    expect(ids.sort()).toEqual(Object.values(names).sort());
  });

  it('answers malformed queries with a 400 naming the offending field', async () => {
    const cases: Array<[unknown, string | undefined]> = [
      [{ query: { operator: 'AND', value: [{ field: 'shoe_size', operator: '=', value: 1 }] } }, 'query.value.0.field'],
      [{ query: { field: 'name', operator: '>', value: 'x' } }, 'query.operator'],
      [{ query: { field: 'created_at', operator: '>', value: 'last week' } }, 'query.value'],
      [{ query: { field: 'role', operator: 'IN', value: 'user' } }, 'query.value'],
      [{}, 'query'],
      [{ query: { field: 'name', operator: '=', value: 'x' }, sort: 'name' }, undefined],
      [{ query: { field: 'name', operator: '=', value: 'x' }, pagination: { per_page: 500 } }, 'pagination.per_page'],
      [
        { query: { field: 'name', operator: '=', value: 'x' }, pagination: { starting_after: 'garbage' } },
        'pagination.starting_after',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await search(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors[0].code).toBe('parameter_invalid');
      expect(response.json().errors[0].field, JSON.stringify(body)).toBe(field);
    }
  });

  it('rejects a tag_id filter: contacts have no tags in Charla yet', async () => {
    const response = await search({ query: { field: 'tag_id', operator: '=', value: '1' } });
    expect(response.statusCode).toBe(400);
  });
});
