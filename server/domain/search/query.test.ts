import { expressionBuilder, sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContact } from '../../../test/contact-factories.ts';
import { buildWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { compileSearchQuery, fieldResolver } from './query.ts';

const t = setupTestApp();

const at = (iso: string) => new Date(iso);
const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Fields declared here, independent of any domain, so the compiler is tested on its own. */
const resolveContact = fieldResolver(
  {
    id: { type: 'id', expression: (eb) => eb.ref('contacts.id') },
    name: { type: 'string', expression: (eb) => eb.ref('contacts.name') },
    email: { type: 'string', expression: (eb) => eb.ref('contacts.email') },
    owner_id: { type: 'number', expression: (eb) => eb.ref('contacts.owner_id') },
    unsubscribed: { type: 'boolean', expression: (eb) => eb.ref('contacts.unsubscribed_from_emails') },
    created_at: { type: 'timestamp', expression: (eb) => eb.ref('contacts.created_at') },
    signed_up_day: { type: 'timestamp', byDay: true, expression: (eb) => eb.ref('contacts.signed_up_at') },
  },
  (eb) => eb.ref('contacts.custom_attributes'),
);

const resolveConversation = fieldResolver({
  state: { type: 'string', expression: (eb) => eb.ref('conversations.state') },
  tag_ids: {
    type: 'id',
    membership: (eb, ids) =>
      eb.exists(
        eb
          .selectFrom('conversation_tags as ct')
          .select(sql.lit(1).as('one'))
          .whereRef('ct.workspace_id', '=', 'conversations.workspace_id')
          .whereRef('ct.conversation_id', '=', 'conversations.id')
          .where('ct.tag_id', 'in', ids),
      ),
  },
});

let workspaceId: string;
let conversationIds: Record<'billing' | 'both' | 'none', number>;
let tagIds: Record<'billing' | 'bug', number>;

beforeAll(async () => {
  const workspace = await buildWorkspace(t.db);
  workspaceId = workspace.id;
  const contact = (overrides: Parameters<typeof buildContact>[2]) => buildContact(t.db, workspaceId, overrides);
  await contact({
    name: 'Ana Pérez',
    email: 'ana@acme.com',
    owner_id: 7,
    created_at: at('2026-01-10T12:00:00Z'),
    signed_up_at: at('2026-01-10T23:30:00Z'),
    custom_attributes: { plan: 'pro', seats: 10, vip: true, note: null },
  });
  await contact({
    name: 'Bob Stone',
    email: 'bob@globex.com',
    owner_id: 8,
    unsubscribed_from_emails: true,
    created_at: at('2026-01-12T08:00:00Z'),
    signed_up_at: at('2026-01-11T00:00:00Z'),
    custom_attributes: { plan: 'team', seats: 3, vip: false },
  });
  await contact({
    name: '100% real_deal',
    email: 'deal@acme.org',
    created_at: at('2026-01-15T00:00:00Z'),
    custom_attributes: { plan: 'free', seats: '7' },
  });
  await contact({ name: null, email: 'zed@acme.com', created_at: at('2026-01-20T00:00:00Z') });
  const other = await buildWorkspace(t.db, 'Other');
  await buildContact(t.db, other.id, { name: 'Ana Pérez', email: 'ana@acme.com', custom_attributes: { plan: 'pro' } });

  const tag = (name: string) =>
    t.db
      .insertInto('tags')
      .values({ workspace_id: workspaceId, name })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row) => row.id);
  tagIds = { billing: await tag('billing'), bug: await tag('bug') };
  const owner = await contact({ name: 'Conversation owner' });
  const conversation = async (tags: number[]) => {
    const row = await t.db
      .insertInto('conversations')
      .values({
        workspace_id: workspaceId,
        contact_id: owner.id,
        source_delivered_as: 'customer_initiated',
        source_author_type: 'user',
        source_author_id: String(owner.id),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const tagId of tags) {
      await t.db
        .insertInto('conversation_tags')
        .values({ workspace_id: workspaceId, conversation_id: row.id, tag_id: tagId })
        .execute();
    }
    return row.id;
  };
  conversationIds = {
    billing: await conversation([tagIds.billing]),
    both: await conversation([tagIds.billing, tagIds.bug]),
    none: await conversation([]),
  };
});

/** Names of this workspace's contacts (except the conversation owner) that match, sorted; null names as "∅". */
async function search(query: unknown): Promise<string[]> {
  const rows = await t.db
    .selectFrom('contacts')
    .select('name')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('name', 'is', null), eb('name', '!=', 'Conversation owner')]))
    .where((eb) => compileSearchQuery(eb, query, resolveContact))
    .execute();
  return rows.map((row) => row.name ?? '∅').sort();
}

async function searchConversations(query: unknown): Promise<number[]> {
  const rows = await t.db
    .selectFrom('conversations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => compileSearchQuery(eb, query, resolveConversation))
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The AppError a query raises, compiled without touching the database. */
function errorOf(query: unknown): AppError {
  try {
    compileSearchQuery(expressionBuilder<DB, 'contacts'>(), query, resolveContact);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the query compiled');
}

const ALL = ['100% real_deal', 'Ana Pérez', 'Bob Stone', '∅'];

describe('search query compiler: string operators', () => {
  it('matches = exactly and != also matches rows without a value', async () => {
    expect(await search({ field: 'name', operator: '=', value: 'Bob Stone' })).toEqual(['Bob Stone']);
    expect(await search({ field: 'name', operator: '=', value: 'bob stone' })).toEqual([]);
    expect(await search({ field: 'name', operator: '!=', value: 'Bob Stone' })).toEqual([
      '100% real_deal',
      'Ana Pérez',
      '∅',
    ]);
  });

  it('compares = null and != null as missing and present', async () => {
    expect(await search({ field: 'name', operator: '=', value: null })).toEqual(['∅']);
    expect(await search({ field: 'name', operator: '!=', value: null })).toEqual([
      '100% real_deal',
      'Ana Pérez',
      'Bob Stone',
    ]);
  });

  it('~ contains and !~ does not contain, ignoring case', async () => {
    expect(await search({ field: 'email', operator: '~', value: 'ACME' })).toEqual([
      '100% real_deal',
      'Ana Pérez',
      '∅',
    ]);
    expect(await search({ field: 'email', operator: '!~', value: 'acme' })).toEqual(['Bob Stone']);
  });

  it('^ starts with and $ ends with', async () => {
    expect(await search({ field: 'name', operator: '^', value: 'an' })).toEqual(['Ana Pérez']);
    expect(await search({ field: 'email', operator: '$', value: '.COM' })).toEqual(['Ana Pérez', 'Bob Stone', '∅']);
  });

  it('treats LIKE wildcards in values as plain characters', async () => {
    expect(await search({ field: 'name', operator: '~', value: '%' })).toEqual(['100% real_deal']);
    expect(await search({ field: 'name', operator: '~', value: '_' })).toEqual(['100% real_deal']);
    expect(await search({ field: 'name', operator: '^', value: '_' })).toEqual([]);
    expect(await search({ field: 'name', operator: '~', value: '\\' })).toEqual([]);
  });

  it('IN matches any listed value (null included) and NIN none of them', async () => {
    expect(await search({ field: 'name', operator: 'IN', value: ['Ana Pérez', 'Bob Stone', 'Nobody'] })).toEqual([
      'Ana Pérez',
      'Bob Stone',
    ]);
    expect(await search({ field: 'name', operator: 'IN', value: ['Ana Pérez', null] })).toEqual(['Ana Pérez', '∅']);
    expect(await search({ field: 'name', operator: 'NIN', value: ['Ana Pérez', 'Bob Stone'] })).toEqual([
      '100% real_deal',
      '∅',
    ]);
    expect(await search({ field: 'name', operator: 'IN', value: [] })).toEqual([]);
    expect(await search({ field: 'name', operator: 'NIN', value: [] })).toEqual(ALL);
  });
});

describe('search query compiler: numbers, ids, booleans, timestamps', () => {
  it('compares numbers with = < > and accepts numeric strings', async () => {
    expect(await search({ field: 'owner_id', operator: '=', value: 7 })).toEqual(['Ana Pérez']);
    expect(await search({ field: 'owner_id', operator: '>', value: '7' })).toEqual(['Bob Stone']);
    expect(await search({ field: 'owner_id', operator: '<', value: 7.5 })).toEqual(['Ana Pérez']);
    expect(await search({ field: 'owner_id', operator: 'NIN', value: [7] })).toEqual([
      '100% real_deal',
      'Bob Stone',
      '∅',
    ]);
  });

  it('finds by id, as a string or a number', async () => {
    const [ana] = await t.db
      .selectFrom('contacts')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', 'Ana Pérez')
      .execute();
    expect(await search({ field: 'id', operator: '=', value: String(ana?.id) })).toEqual(['Ana Pérez']);
    expect(await search({ field: 'id', operator: 'IN', value: [ana?.id, '999999999'] })).toEqual(['Ana Pérez']);
  });

  it('compares booleans given as true/false or "true"/"false"', async () => {
    expect(await search({ field: 'unsubscribed', operator: '=', value: true })).toEqual(['Bob Stone']);
    expect(await search({ field: 'unsubscribed', operator: '!=', value: 'true' })).toEqual([
      '100% real_deal',
      'Ana Pérez',
      '∅',
    ]);
  });

  it('compares timestamps given as UNIX seconds, numbers or strings', async () => {
    expect(await search({ field: 'created_at', operator: '>', value: unix('2026-01-12T08:00:00Z') })).toEqual([
      '100% real_deal',
      '∅',
    ]);
    expect(await search({ field: 'created_at', operator: '<', value: String(unix('2026-01-12T08:00:01Z')) })).toEqual([
      'Ana Pérez',
      'Bob Stone',
    ]);
    expect(await search({ field: 'created_at', operator: '=', value: unix('2026-01-15T00:00:00Z') })).toEqual([
      '100% real_deal',
    ]);
  });

  it('compares day-granular timestamps by whole UTC day, as Intercom does for contacts', async () => {
    const tenthAtNoon = unix('2026-01-10T12:00:00Z');
    expect(await search({ field: 'signed_up_day', operator: '=', value: tenthAtNoon })).toEqual(['Ana Pérez']);
    expect(await search({ field: 'signed_up_day', operator: '>', value: tenthAtNoon })).toEqual(['Bob Stone']);
    expect(await search({ field: 'signed_up_day', operator: '<', value: unix('2026-01-11T18:00:00Z') })).toEqual([
      'Ana Pérez',
    ]);
    expect(await search({ field: 'signed_up_day', operator: 'IN', value: [tenthAtNoon] })).toEqual(['Ana Pérez']);
  });
});

describe('search query compiler: custom attributes', () => {
  it('compares strings as text, case-sensitively for = and ignoring case for ~', async () => {
    expect(await search({ field: 'custom_attributes.plan', operator: '=', value: 'pro' })).toEqual(['Ana Pérez']);
    expect(await search({ field: 'custom_attributes.plan', operator: 'IN', value: ['pro', 'team'] })).toEqual([
      'Ana Pérez',
      'Bob Stone',
    ]);
    expect(await search({ field: 'custom_attributes.plan', operator: '~', value: 'E' })).toEqual([
      '100% real_deal',
      'Bob Stone',
    ]);
    expect(await search({ field: 'custom_attributes.plan', operator: '!=', value: 'pro' })).toEqual([
      '100% real_deal',
      'Bob Stone',
      '∅',
    ]);
  });

  it('compares numbers numerically, ignoring values stored as other types', async () => {
    expect(await search({ field: 'custom_attributes.seats', operator: '>', value: 5 })).toEqual(['Ana Pérez']);
    expect(await search({ field: 'custom_attributes.seats', operator: '<', value: '5' })).toEqual(['Bob Stone']);
    expect(await search({ field: 'custom_attributes.seats', operator: '=', value: 10.0 })).toEqual(['Ana Pérez']);
    // A string value compares as text, so "7" finds the contact whose seats were stored as a string.
    expect(await search({ field: 'custom_attributes.seats', operator: '=', value: '7' })).toEqual(['100% real_deal']);
  });

  it('compares booleans and null', async () => {
    expect(await search({ field: 'custom_attributes.vip', operator: '=', value: true })).toEqual(['Ana Pérez']);
    expect(await search({ field: 'custom_attributes.vip', operator: '=', value: false })).toEqual(['Bob Stone']);
    expect(await search({ field: 'custom_attributes.note', operator: '=', value: null })).toEqual(ALL);
    expect(await search({ field: 'custom_attributes.vip', operator: '!=', value: null })).toEqual([
      'Ana Pérez',
      'Bob Stone',
    ]);
  });

  it('passes the attribute name as data, never as SQL', async () => {
    const hostile = "custom_attributes.x'); drop table contacts; --";
    expect(await search({ field: hostile, operator: '=', value: 'y' })).toEqual([]);
    expect(await search({ field: 'name', operator: '=', value: "x' or '1'='1" })).toEqual([]);
  });
});

describe('search query compiler: groups and membership', () => {
  it('nests AND and OR groups', async () => {
    const query = {
      operator: 'AND',
      value: [
        { field: 'email', operator: '~', value: 'acme' },
        {
          operator: 'OR',
          value: [
            { field: 'custom_attributes.plan', operator: '=', value: 'free' },
            {
              operator: 'AND',
              value: [
                { field: 'owner_id', operator: '=', value: 7 },
                { field: 'custom_attributes.vip', operator: '=', value: true },
              ],
            },
          ],
        },
      ],
    };
    expect(await search(query)).toEqual(['100% real_deal', 'Ana Pérez']);
    expect(await search({ operator: 'OR', value: [{ field: 'name', operator: '^', value: 'Bob' }] })).toEqual([
      'Bob Stone',
    ]);
  });

  it('answers = and IN on a join-table field with rows holding any of the values, != and NIN with none', async () => {
    const { billing, both, none } = conversationIds;
    expect(await searchConversations({ field: 'tag_ids', operator: '=', value: String(tagIds.billing) })).toEqual([
      billing,
      both,
    ]);
    expect(await searchConversations({ field: 'tag_ids', operator: 'IN', value: [tagIds.bug, 123456] })).toEqual([
      both,
    ]);
    expect(await searchConversations({ field: 'tag_ids', operator: '!=', value: tagIds.bug })).toEqual([billing, none]);
    expect(
      await searchConversations({ field: 'tag_ids', operator: 'NIN', value: [tagIds.bug, tagIds.billing] }),
    ).toEqual([none]);
    expect(
      await searchConversations({
        operator: 'AND',
        value: [
          { field: 'state', operator: '=', value: 'open' },
          { field: 'tag_ids', operator: 'NIN', value: [] },
        ],
      }),
    ).toEqual([billing, both, none]);
  });
});

describe('search query compiler: malformed queries are 400s naming the offending path', () => {
  const filter = (field: string, operator: string, value: unknown) => ({ field, operator, value });
  const cases: Array<[string, unknown, string]> = [
    [
      'an unknown field',
      { operator: 'AND', value: [filter('name', '=', 'x'), filter('shoe_size', '=', 1)] },
      'query.value.1.field',
    ],
    ['a missing field', { operator: '=', value: 'x' }, 'query.field'],
    ['an unknown operator', filter('name', 'LIKE', 'x'), 'query.operator'],
    ['an operator the type does not take', filter('name', '>', 'x'), 'query.operator'],
    ['~ on a number', filter('owner_id', '~', '1'), 'query.operator'],
    ['< on a boolean', filter('unsubscribed', '<', true), 'query.operator'],
    ['IN without an array', filter('name', 'IN', 'Ana'), 'query.value'],
    ['= with an array', filter('name', '=', ['Ana']), 'query.value'],
    ['a timestamp that is not a number', filter('created_at', '>', 'yesterday'), 'query.value'],
    ['a timestamp in milliseconds', filter('created_at', '>', Date.now()), 'query.value'],
    ['a fractional timestamp', filter('created_at', '>', 1.5), 'query.value'],
    ['an id that is not digits', filter('id', '=', 'abc'), 'query.value'],
    ['a bad element of an IN list', filter('id', 'IN', ['1', 'x']), 'query.value.1'],
    ['a nested object as a value', filter('name', '=', { $ne: 1 }), 'query.value'],
    ['a boolean for a string field', filter('name', '=', true), 'query.value'],
    ['a word for a number', filter('owner_id', '=', 'seven'), 'query.value'],
    ['null for ~', filter('name', '~', null), 'query.value'],
    ['a non-number for < on an attribute', filter('custom_attributes.seats', '>', 'many'), 'query.value'],
    ['an empty attribute name', filter('custom_attributes.', '=', 'x'), 'query.field'],
    ['a group with a bad operator', { operator: 'XOR', value: [filter('name', '=', 'x')] }, 'query.operator'],
    ['an empty group', { operator: 'AND', value: [] }, 'query.value'],
    ['a group whose value is not an array', { operator: 'OR', value: 'x' }, 'query.value'],
    ['a query that is not an object', 'name = x', 'query'],
    ['a child that is not an object', { operator: 'AND', value: [filter('name', '=', 'x'), 42] }, 'query.value.1'],
  ];
  it.each(cases)('rejects %s', (_name, query, field) => {
    const error = errorOf(query);
    expect(error.code).toBe('parameter_invalid');
    expect(error.statusCode).toBe(400);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('allows two levels of groups below the top one and rejects a third', async () => {
    const leaf = filter('name', '=', 'Ana Pérez');
    const nest = (levels: number): unknown => (levels === 0 ? leaf : { operator: 'AND', value: [nest(levels - 1)] });
    expect(await search(nest(3))).toEqual(['Ana Pérez']);
    expect(errorOf(nest(4)).field).toBe('query.value.0.value.0.value.0');
  });

  it('allows 15 filters per group and rejects 16', async () => {
    const filters = (count: number) => Array.from({ length: count }, () => filter('name', '!=', 'x'));
    expect(await search({ operator: 'AND', value: filters(15) })).toEqual(ALL);
    const error = errorOf({ operator: 'OR', value: [{ operator: 'AND', value: filters(16) }] });
    expect(error.field).toBe('query.value.0.value');
    expect(error.message).toContain('15');
  });

  it('bounds the values a query compares', () => {
    const many = Array.from({ length: 501 }, (_, i) => `name ${i}`);
    const error = errorOf({
      operator: 'AND',
      value: [filter('name', 'IN', many), filter('email', 'IN', many)],
    });
    expect(error.field).toBe('query.value.1.value');
  });
});
