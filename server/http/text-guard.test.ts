import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { bearer, buildTeamWorkspace } from '../../test/factories.ts';
import { MessengerClient } from '../../test/messenger-client.ts';
import { connectSocket, setupRealtimeApp } from '../../test/realtime-client.ts';
import { createTicket } from '../domain/tickets/ticket-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read the API's answers loosely
type Json = any;

const t = setupRealtimeApp();

/** What PostgreSQL refuses: NUL, and each half of a surrogate pair on its own. */
const UNSTORABLE = { nul: 'a\u0000b', high: 'roto \ud800', low: '\udc00 roto', nulAlone: '\u0000' };
/** What it stores: accents, emoji (well-formed surrogate pairs), CJK. */
const STORABLE = 'Ñandú, ¿sí? café 😀👍🏽 中文テスト';

/**
 * Every table's rows, as text, so a refused request can be shown to have written (or changed) nothing. Taken
 * once the database is still (two dumps in a row agree), so the event relay finishing an earlier, accepted
 * write is not mistaken for a write by the refused request.
 */
async function snapshot(): Promise<Record<string, string>> {
  let previous = await dumpTables();
  for (;;) {
    const next = await dumpTables();
    if (JSON.stringify(next) === JSON.stringify(previous)) return next;
    previous = next;
  }
}

async function dumpTables(): Promise<Record<string, string>> {
  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(t.db);
  const tables: Record<string, string> = {};
  for (const { table_name } of rows) {
    const { rows: dump } = await sql<{ dump: string | null }>`
      SELECT string_agg(row_text, E'\n' ORDER BY row_text) AS dump
      FROM (SELECT t::text AS row_text FROM ${sql.table(table_name)} t) r`.execute(t.db);
    tables[table_name] = dump[0]?.dump ?? '';
  }
  return tables;
}

/** A workspace with a messenger customer, their conversation and ticket, a tag, a saved reply, a view, a team. */
async function world() {
  const team = await buildTeamWorkspace(t.db);
  const api = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await t.app.inject({ method, url: `/api${url}`, headers: bearer(team.adminToken), payload });
    if (response.statusCode !== 200) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const visitor = new MessengerClient(t.app, team.workspace.id);
  const boot = await visitor.start({ user_id: 'lucia-1', name: 'Lucía Pérez' });
  const { conversation } = await visitor.send('La factura sale duplicada');
  const types: { id: string; category: string }[] = (await api('GET', '/ticket_types')).data;
  const customerType = types.find((type) => type.category === 'Customer')?.id as string;
  const ticket = await createTicket(t.app, team.adminToken, {
    ticket_type_id: customerType,
    contacts: [{ id: boot.contact.id }],
    ticket_attributes: { _default_title_: 'Factura duplicada', _default_description_: 'Se cobró dos veces.' },
    conversation_to_link_id: conversation.id,
  });
  const tag = await api('POST', '/tags', { name: 'vip' });
  const savedReply = await api('POST', '/saved_replies', { name: 'Saludo', body: 'Hola' });
  const view = await api('POST', '/views', { name: 'Mis cosas' });
  const squad = await api('POST', '/teams', { name: 'Facturación', admin_ids: [] });
  return {
    ...team,
    api,
    visitor,
    contactId: boot.contact.id as string,
    conversationId: conversation.id as string,
    ticketId: ticket.id as string,
    customerType,
    tagId: tag.id as string,
    savedReplyId: savedReply.id as string,
    viewId: view.id as string,
    teamId: squad.id as string,
  };
}

type World = Awaited<ReturnType<typeof world>>;

interface Case {
  name: string;
  /** `admin` (bearer token, `/api…`) or `visitor` (visitor token, `/api/messenger…`). */
  as: 'admin' | 'visitor';
  method: 'GET' | 'POST' | 'PUT';
  url: (w: World, text: string) => string;
  payload?: (w: World, text: string) => object;
  /** The field the 400 names. */
  field: string;
  /** Whether the same request with storable non-ASCII text must succeed (false: the text is not a valid value). */
  storable?: false;
}

let unique = 0;
/** Names that must be unique (tags, teams…) stay unique across the rows' successful runs. */
const named = (text: string) => `${text} ${++unique}`;

const CASES: Case[] = [
  // Intercom-compatible REST API
  {
    name: 'contact create: name',
    as: 'admin',
    method: 'POST',
    url: () => '/api/contacts',
    payload: (_w, text) => ({ role: 'user', name: text, external_id: `ext-${++unique}` }),
    field: 'name',
  },
  {
    name: 'contact create: email',
    as: 'admin',
    method: 'POST',
    url: () => '/api/contacts',
    payload: (_w, text) => ({ role: 'user', email: `${text}@example.com` }),
    field: 'email',
    storable: false,
  },
  {
    name: 'contact create: custom attribute value',
    as: 'admin',
    method: 'POST',
    url: () => '/api/contacts',
    payload: (_w, text) => ({ role: 'lead', name: 'Ana', custom_attributes: { plan: text } }),
    field: 'custom_attributes.plan',
  },
  {
    name: 'contact update: name',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/contacts/${w.contactId}`,
    payload: (_w, text) => ({ name: text }),
    field: 'name',
  },
  {
    name: 'contact update: custom attribute value',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/contacts/${w.contactId}`,
    payload: (_w, text) => ({ custom_attributes: { plan: text } }),
    field: 'custom_attributes.plan',
  },
  {
    name: 'conversation create: body',
    as: 'admin',
    method: 'POST',
    url: () => '/api/conversations',
    payload: (w, text) => ({ from: { type: 'user', id: w.contactId }, body: text }),
    field: 'body',
  },
  {
    name: 'conversation reply: body',
    as: 'admin',
    method: 'POST',
    url: (w) => `/api/conversations/${w.conversationId}/reply`,
    payload: (w, text) => ({ type: 'admin', message_type: 'comment', admin_id: String(w.admin.id), body: text }),
    field: 'body',
  },
  {
    name: 'conversation note: body',
    as: 'admin',
    method: 'POST',
    url: (w) => `/api/conversations/${w.conversationId}/reply`,
    payload: (w, text) => ({ type: 'admin', message_type: 'note', admin_id: String(w.admin.id), body: text }),
    field: 'body',
  },
  {
    name: 'conversation update: title and custom attribute',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/conversations/${w.conversationId}`,
    payload: (_w, text) => ({ title: 'Factura', custom_attributes: { motivo: text } }),
    field: 'custom_attributes.motivo',
  },
  {
    name: 'tag create: name',
    as: 'admin',
    method: 'POST',
    url: () => '/api/tags',
    payload: (_w, text) => ({ name: named(text) }),
    field: 'name',
  },
  {
    name: 'tag attach: id',
    as: 'admin',
    method: 'POST',
    url: (w) => `/api/conversations/${w.conversationId}/tags`,
    payload: (_w, text) => ({ id: text }),
    field: 'id',
    storable: false,
  },
  {
    name: 'ticket create: title attribute',
    as: 'admin',
    method: 'POST',
    url: () => '/api/tickets',
    payload: (w, text) => ({
      ticket_type_id: w.customerType,
      contacts: [{ id: w.contactId }],
      ticket_attributes: { _default_title_: text, _default_description_: 'Descripción' },
    }),
    field: 'ticket_attributes._default_title_',
  },
  {
    name: 'ticket create: a contact in a list',
    as: 'admin',
    method: 'POST',
    url: () => '/api/tickets',
    payload: (w, text) => ({
      ticket_type_id: w.customerType,
      contacts: [{ email: `${text}@example.com` }],
      ticket_attributes: { _default_title_: 'Título' },
    }),
    field: 'contacts[0].email',
    storable: false,
  },
  {
    name: 'ticket update: description attribute',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/tickets/${w.ticketId}`,
    payload: (_w, text) => ({ ticket_attributes: { _default_description_: text } }),
    field: 'ticket_attributes._default_description_',
  },
  {
    name: 'ticket reply: body',
    as: 'admin',
    method: 'POST',
    url: (w) => `/api/tickets/${w.ticketId}/reply`,
    payload: (w, text) => ({ type: 'admin', message_type: 'comment', admin_id: String(w.admin.id), body: text }),
    field: 'body',
  },
  // The inbox's own routes
  {
    name: 'draft: reply',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/conversations/${w.conversationId}/draft`,
    payload: (_w, text) => ({ reply: text }),
    field: 'reply',
  },
  {
    name: 'saved reply create: name',
    as: 'admin',
    method: 'POST',
    url: () => '/api/saved_replies',
    payload: (_w, text) => ({ name: named(text), body: 'Hola' }),
    field: 'name',
  },
  {
    name: 'saved reply update: body',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/saved_replies/${w.savedReplyId}`,
    payload: (_w, text) => ({ body: text }),
    field: 'body',
  },
  {
    name: 'view create: name',
    as: 'admin',
    method: 'POST',
    url: () => '/api/views',
    payload: (_w, text) => ({ name: named(text) }),
    field: 'name',
  },
  {
    name: 'view update: name',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/views/${w.viewId}`,
    payload: (_w, text) => ({ name: named(text) }),
    field: 'name',
  },
  {
    name: 'team create: name',
    as: 'admin',
    method: 'POST',
    url: () => '/api/teams',
    payload: (_w, text) => ({ name: named(text), admin_ids: [] }),
    field: 'name',
  },
  {
    name: 'team update: name',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/teams/${w.teamId}`,
    payload: (_w, text) => ({ name: named(text) }),
    field: 'name',
  },
  {
    name: 'profile: name and job title',
    as: 'admin',
    method: 'PUT',
    url: (w) => `/api/admins/${w.admin.id}`,
    payload: (_w, text) => ({ name: 'Ana', job_title: text }),
    field: 'job_title',
  },
  {
    name: 'preferences: a key (not a value)',
    as: 'admin',
    method: 'PUT',
    url: () => '/api/me/preferences',
    payload: (_w, text) => ({ view_sorts: { [text]: null } }),
    field: 'view_sorts',
    storable: false,
  },
  {
    name: 'search: a query string parameter',
    as: 'admin',
    method: 'GET',
    url: (_w, text) => `/api/search?q=${encodeURIComponent(text)}`,
    field: 'q',
  },
  {
    name: 'a route parameter',
    as: 'admin',
    method: 'GET',
    url: (_w, text) => `/api/contacts/${encodeURIComponent(text)}`,
    field: 'id',
    storable: false,
  },
  // The messenger
  {
    name: 'messenger boot: name',
    as: 'visitor',
    method: 'POST',
    url: (w) => `/${w.workspace.id}/boot`,
    payload: (_w, text) => ({ name: text }),
    field: 'name',
  },
  {
    name: 'messenger boot: custom attribute',
    as: 'visitor',
    method: 'POST',
    url: (w) => `/${w.workspace.id}/boot`,
    payload: (_w, text) => ({ custom_attributes: { empresa: text } }),
    field: 'custom_attributes.empresa',
  },
  {
    name: 'messenger boot: email',
    as: 'visitor',
    method: 'POST',
    url: (w) => `/${w.workspace.id}/boot`,
    payload: (_w, text) => ({ email: `${text}@example.com` }),
    field: 'email',
    storable: false,
  },
  {
    name: 'messenger start conversation: body',
    as: 'visitor',
    method: 'POST',
    url: () => '/conversations',
    payload: (_w, text) => ({ body: text, idempotency_key: `start-${++unique}` }),
    field: 'body',
  },
  {
    name: 'messenger reply: body',
    as: 'visitor',
    method: 'POST',
    url: (w) => `/conversations/${w.conversationId}/reply`,
    payload: (_w, text) => ({ body: text, idempotency_key: `reply-${++unique}` }),
    field: 'body',
  },
  {
    name: 'messenger reply: idempotency key',
    as: 'visitor',
    method: 'POST',
    url: (w) => `/conversations/${w.conversationId}/reply`,
    payload: (_w, text) => ({ body: 'Hola', idempotency_key: named(text) }),
    field: 'idempotency_key',
    storable: false,
  },
  {
    name: 'messenger ticket comment: body',
    as: 'visitor',
    method: 'POST',
    url: (w) => `/tickets/${w.ticketId}/comments`,
    payload: (_w, text) => ({ body: text, idempotency_key: `comment-${++unique}` }),
    field: 'body',
  },
];

function send(w: World, testCase: Case, text: string) {
  const url = testCase.url(w, text);
  const payload = testCase.payload?.(w, text);
  if (testCase.as === 'visitor') return w.visitor.request(testCase.method as 'POST', url, payload);
  return t.app.inject({
    method: testCase.method,
    url,
    headers: bearer(w.adminToken),
    ...(payload ? { payload } : {}),
  });
}

describe('text PostgreSQL cannot store is refused at the edge', () => {
  it('answers 400 invalid_text naming the field on every route, and writes nothing', async () => {
    const w = await world();
    for (const testCase of CASES) {
      const before = await snapshot();
      for (const [kind, text] of Object.entries(UNSTORABLE)) {
        // A URL is UTF-8: a lone surrogate cannot be percent-encoded into one (see the test below).
        if (!testCase.payload && !text.isWellFormed()) continue;
        const response = await send(w, testCase, text);
        const label = `${testCase.name} (${kind})`;
        expect(response.statusCode, `${label}: ${response.body}`).toBe(400);
        expect(response.json(), label).toMatchObject({
          type: 'error.list',
          errors: [{ code: 'invalid_text', field: testCase.field }],
        });
        expect(response.json().errors[0].message, label).toContain('cannot be stored (NUL or an unpaired surrogate)');
      }
      expect(await snapshot(), testCase.name).toEqual(before);
      if (testCase.storable !== false) {
        const fine = await send(w, testCase, STORABLE);
        expect(fine.statusCode, `${testCase.name} with storable text: ${fine.body}`).toBeLessThan(300);
      }
    }
  });

  it('leaves bytes that are not UTF-8 in a URL undecoded, so they never reach the database as a lone surrogate', async () => {
    const w = await world();
    const before = await snapshot();
    const search = await t.app.inject({ url: '/api/search?q=%ED%A0%80', headers: bearer(w.adminToken) });
    expect(search.statusCode).toBe(200);
    const contact = await t.app.inject({ url: '/api/contacts/%ED%A0%80', headers: bearer(w.adminToken) });
    expect(contact.statusCode).toBeLessThan(500);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses such text in a signed Jira webhook, naming the field, before recording the delivery', async () => {
    const w = await world();
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/integrations/jira',
      headers: bearer(w.adminToken),
      payload: {
        site_url: 'https://example.atlassian.net',
        email: 'bot@example.com',
        api_token: 'token',
        project_key: 'SUP',
        issue_type: 'Task',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const secret: string = saved.json().webhook_secret;
    const deliver = (text: string, delivery: string) => {
      const body = JSON.stringify({
        webhookEvent: 'comment_created',
        issue: { id: '1', key: 'SUP-1', fields: {} },
        comment: {
          id: '10',
          author: { accountId: 'someone', displayName: 'Jira user' },
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        },
      });
      return t.app.inject({
        method: 'POST',
        url: `/api/integrations/jira/webhook/${w.workspace.id}`,
        headers: {
          'content-type': 'application/json',
          'x-hub-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
          'x-atlassian-webhook-identifier': delivery,
        },
        payload: body,
      });
    };
    const before = await snapshot();
    for (const [kind, text] of Object.entries(UNSTORABLE)) {
      const response = await deliver(text, `delivery-${kind}`);
      expect(response.statusCode, kind).toBe(400);
      expect(response.json().errors[0]).toMatchObject({
        code: 'invalid_text',
        field: 'comment.body.content[0].content[0].text',
      });
    }
    expect(await snapshot()).toEqual(before);
    const fine = await deliver(STORABLE, 'delivery-fine');
    expect(fine.statusCode, fine.body).toBe(200);
  });

  it('stores and returns accents, emoji and CJK exactly as sent', async () => {
    const w = await world();
    const contact = (await w.api('PUT', `/contacts/${w.contactId}`, {
      name: STORABLE,
      custom_attributes: { [STORABLE]: STORABLE },
    })) as Json;
    expect(contact.name).toBe(STORABLE);
    expect(contact.custom_attributes[STORABLE]).toBe(STORABLE);
    const read = (await w.api('GET', `/contacts/${w.contactId}`)) as Json;
    expect(read).toMatchObject({ name: STORABLE, custom_attributes: { [STORABLE]: STORABLE } });
    const tag = (await w.api('POST', '/tags', { name: STORABLE })) as Json;
    expect(tag.name).toBe(STORABLE);
  });

  it('refuses such text in a key of the body, naming the object that holds it', async () => {
    const w = await world();
    const before = await snapshot();
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/contacts/${w.contactId}`,
      headers: bearer(w.adminToken),
      payload: { custom_attributes: { 'pl\u0000an': 'pro' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ code: 'invalid_text', field: 'custom_attributes' });
    expect(response.json().errors[0].message).toContain('a key in custom_attributes');
    const top = await t.app.inject({
      method: 'POST',
      url: '/api/tags',
      headers: bearer(w.adminToken),
      payload: { '\ud800': 'x', name: 'nuevo' },
    });
    expect(top.statusCode).toBe(400);
    expect(top.json().errors[0].code).toBe('invalid_text');
    expect(top.json().errors[0].field).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses such text in agent and visitor socket messages with the socket’s error reply', async () => {
    const w = await world();
    const agent = await connectSocket(t.url, '/agents', { token: w.agentToken });
    const visitor = await connectSocket(t.url, '/visitors', { token: w.visitor.token });
    try {
      await Promise.all([agent.ready, visitor.ready]);
      const messages = [
        { socket: agent, name: 'typing', message: (text: string) => ({ conversation_id: text, is_typing: true }) },
        { socket: agent, name: 'viewing', message: (text: string) => ({ conversation_id: text }) },
        { socket: agent, name: 'stop_viewing', message: (text: string) => ({ [text]: true }) },
        { socket: visitor, name: 'typing', message: (text: string) => ({ conversation_id: text }) },
      ];
      for (const { socket, name, message } of messages) {
        for (const text of Object.values(UNSTORABLE)) {
          expect(await socket.send(name, message(text)), name).toMatchObject({
            ok: false,
            error: { code: 'invalid_text', message: expect.stringContaining('cannot be stored') },
          });
        }
      }
      // The same messages with ordinary text still go through.
      expect(await agent.send('typing', { conversation_id: w.conversationId, is_typing: true })).toEqual({ ok: true });
      expect(await visitor.send('typing', { conversation_id: w.conversationId })).toEqual({ ok: true });
      expect(await agent.send('stop_viewing', { [STORABLE]: true })).toEqual({ ok: true });
    } finally {
      agent.close();
      visitor.close();
    }
  });
});
