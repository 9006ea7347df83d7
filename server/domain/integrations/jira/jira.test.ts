import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer } from '../../../../test/factories.ts';
import { setupTestApp } from '../../../../test/harness.ts';
import { type JiraStandin, startJiraStandin } from '../../../jira-standin/standin.ts';
import { buildTicketWorkspace, createTicket } from '../../tickets/ticket-fixtures.ts';
import { connectToStandin } from './jira-fixtures.ts';
import { reconcileJira } from './reconcile.ts';

const t = setupTestApp({}, { listen: true, jobs: true });
let standin: JiraStandin;

beforeAll(async () => {
  standin = await startJiraStandin({ port: 0, host: '127.0.0.1', webhookRetryDelayMs: 50 });
});
afterAll(async () => {
  await standin?.close();
});

const waitFor = <T>(check: () => Promise<T> | T, timeout = 20_000) => vi.waitFor(check, { timeout, interval: 50 });

async function setUp(extra = {}) {
  const w = await buildTicketWorkspace(t.app, t.db);
  const settings = await connectToStandin(t.app, w.adminToken, standin, t.url, extra);
  const ticket = await createTicket(t.app, w.adminToken, {
    ticket_type_id: w.typeId('Customer'),
    contacts: [{ id: String(w.contact.id) }],
    ticket_attributes: { _default_title_: 'El pago falla', _default_description_: 'Error 500 al pagar' },
    conversation_to_link_id: w.conversationId,
  });
  const get = async () =>
    (await t.app.inject({ url: `/api/tickets/${ticket.id}`, headers: bearer(w.adminToken) })).json();
  return { ...w, settings, ticket, get };
}

async function createIssue(s: Awaited<ReturnType<typeof setUp>>) {
  const linked = await t.app.inject({
    method: 'POST',
    url: `/api/tickets/${s.ticket.id}/jira_issues`,
    headers: bearer(s.adminToken),
    payload: { create: true },
  });
  expect(linked.statusCode).toBe(200);
  expect(linked.json().jira_issues).toMatchObject([{ sync_state: 'pending' }]);
  const ticket = await waitFor(async () => {
    const current = await s.get();
    expect(current.jira_issues[0]).toMatchObject({ sync_state: 'ok', status: 'To Do' });
    return current;
  });
  return ticket.jira_issues[0].key as string;
}

describe('Jira settings', () => {
  it('stores the API token encrypted, never shows it, and tests the connection', async () => {
    const s = await setUp();
    const row = await t.db
      .selectFrom('jira_settings')
      .selectAll()
      .where('workspace_id', '=', s.workspace.id)
      .executeTakeFirstOrThrow();
    expect(row.api_token_encrypted).not.toContain('standin-token');
    const shown = await t.app.inject({ url: '/api/integrations/jira', headers: bearer(s.adminToken) });
    expect(JSON.stringify(shown.json())).not.toContain('standin-token');
    expect(shown.json()).toMatchObject({ configured: true, has_api_token: true, project_key: 'SUP' });
    const agentView = await t.app.inject({ url: '/api/integrations/jira', headers: bearer(s.agentToken) });
    expect(agentView.json().webhook_secret).toBeNull();
    const tested = await t.app.inject({
      method: 'POST',
      url: '/api/integrations/jira/test',
      headers: bearer(s.adminToken),
    });
    expect(tested.json()).toMatchObject({
      ok: true,
      account: { display_name: 'Charla Integration' },
      project: { key: 'SUP' },
    });

    await t.app.inject({
      method: 'PUT',
      url: '/api/integrations/jira',
      headers: bearer(s.adminToken),
      payload: { site_url: standin.url, email: 'charla@example.com', api_token: 'wrong', project_key: 'SUP' },
    });
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/integrations/jira/test',
      headers: bearer(s.adminToken),
    });
    expect(refused.json()).toMatchObject({ ok: false, error: expect.stringContaining('401') });
  });

  it('refuses bad settings and non-admins, writing nothing', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const good = { site_url: standin.url, email: 'charla@example.com', api_token: 'x', project_key: 'SUP' };
    for (const payload of [
      { ...good, site_url: 'javascript:alert(1)' },
      { ...good, project_key: 'sup; drop' },
      { ...good, email: 'nope' },
      { ...good, api_token: undefined },
      { ...good, status_map: [{ kind: 'status', value: 'Done', ticket_state_id: '999999' }] },
      { ...good, extra: true },
    ]) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/integrations/jira',
        headers: bearer(w.adminToken),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const agent = await t.app.inject({
      method: 'PUT',
      url: '/api/integrations/jira',
      headers: bearer(w.agentToken),
      payload: good,
    });
    expect(agent.statusCode).toBe(403);
    const rows = await t.db
      .selectFrom('jira_settings')
      .select('workspace_id')
      .where('workspace_id', '=', w.workspace.id)
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('Jira issues and webhooks', () => {
  it('creates the issue with a link back, and moves the ticket when Jira moves the issue', async () => {
    const s = await setUp();
    const key = await createIssue(s);
    const issue = standin.issues.find((candidate) => candidate.key === key);
    expect(issue).toMatchObject({ summary: 'El pago falla' });
    expect(JSON.stringify(issue)).toContain(`/inbox/all/${s.ticket.id}`);

    standin.transition(key, 'In Progress');
    const moved = await waitFor(async () => {
      const current = await s.get();
      expect(current.ticket_state.category).toBe('in_progress');
      return current;
    });
    expect(moved.jira_issues[0]).toMatchObject({ status: 'In Progress', status_category: 'indeterminate' });
    const notice = moved.ticket_parts.ticket_parts.at(-1);
    expect(notice).toMatchObject({
      part_type: 'ticket_state_updated',
      author: { type: 'bot' },
      metadata: { source: 'jira', issue_key: key },
    });

    const partsBefore = moved.ticket_parts.total_count;
    const delivered = standin.deliveries.length;
    standin.redeliverLast();
    await standin.waitForDeliveries(delivered + 1);
    expect((await s.get()).ticket_parts.total_count).toBe(partsBefore);
  });

  it('refuses forged, unsigned and unknown-workspace webhooks', async () => {
    const s = await setUp();
    const body = JSON.stringify({ webhookEvent: 'jira:issue_updated', issue: { id: '1', key: 'SUP-1', fields: {} } });
    const url = `/api/integrations/jira/webhook/${s.workspace.id}`;
    const send = (headers: Record<string, string>, to = url) =>
      t.app.inject({
        method: 'POST',
        url: to,
        headers: { 'content-type': 'application/json', ...headers },
        payload: body,
      });
    const forged = `sha256=${createHmac('sha256', 'not-the-secret').update(body).digest('hex')}`;
    expect((await send({ 'x-hub-signature': forged })).statusCode).toBe(401);
    expect((await send({})).statusCode).toBe(401);
    const signed = `sha256=${createHmac('sha256', s.settings.webhook_secret).update(body).digest('hex')}`;
    expect(
      (await send({ 'x-hub-signature': signed }, '/api/integrations/jira/webhook/nosuchworkspace')).statusCode,
    ).toBe(404);
    const accepted = await send({ 'x-hub-signature': signed });
    expect(accepted.statusCode).toBe(200);
    const tampered = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', 'x-hub-signature': signed },
      payload: body.replace('SUP-1', 'SUP-2'),
    });
    expect(tampered.statusCode).toBe(401);
  });

  it('sends public comments to Jira, never notes, ignores their echoes and notes Jira users’ comments internally', async () => {
    const s = await setUp({ send_public_comments: true });
    const key = await createIssue(s);
    const reply = (body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/tickets/${s.ticket.id}/reply`,
        headers: bearer(s.adminToken),
        payload: body,
      });
    await reply({ type: 'admin', message_type: 'note', body: 'Solo para el equipo' });
    await reply({ type: 'admin', message_type: 'comment', body: 'Ya lo vemos' });
    const comments = () => standin.issues.find((issue) => issue.key === key)?.comments ?? [];
    await waitFor(() => expect(comments().length).toBe(1));
    expect(JSON.stringify(comments())).toContain('Ya lo vemos');
    expect(JSON.stringify(comments())).not.toContain('Solo para el equipo');
    // Jira sends Charla's own comment back (comment_created by the integration user): an echo, ignored.
    const echo = () => standin.deliveries.find((d) => d.event === 'comment_created' && d.issueKey === key);
    await waitFor(() => expect(echo()?.status).toBe('delivered'));
    const jiraNotes = async () =>
      (await s.get()).ticket_parts.ticket_parts.filter(
        (part: { metadata: { source?: string } | null }) => part.metadata?.source === 'jira',
      );
    expect(await jiraNotes()).toEqual([]);
    standin.addComment(key, 'Arreglado en la rama fix-pagos');
    const noted = await waitFor(async () => {
      const parts = await jiraNotes();
      expect(parts).toHaveLength(1);
      return parts[0];
    });
    expect(noted).toMatchObject({ part_type: 'note', public: false });
    expect(noted.body).toContain('Arreglado en la rama fix-pagos');
  });

  it('reconciles lost webhooks: one pass applies exactly the three missed changes, a second none', async () => {
    // A Jira of its own: the shared one also sends to the other tests' workspaces.
    const own = await startJiraStandin({ port: 0, host: '127.0.0.1', webhookRetryDelayMs: 50 });
    try {
      const w = await buildTicketWorkspace(t.app, t.db);
      await connectToStandin(t.app, w.adminToken, own, t.url);
      const keys: string[] = [];
      const gets: (() => Promise<{ ticket_state: { category: string } }>)[] = [];
      for (const title of ['Pago', 'Factura', 'Envío']) {
        const ticket = await createTicket(t.app, w.adminToken, {
          ticket_type_id: w.typeId('Customer'),
          contacts: [{ id: String(w.contact.id) }],
          ticket_attributes: { _default_title_: title },
        });
        const get = async () =>
          (await t.app.inject({ url: `/api/tickets/${ticket.id}`, headers: bearer(w.adminToken) })).json();
        await t.app.inject({
          method: 'POST',
          url: `/api/tickets/${ticket.id}/jira_issues`,
          headers: bearer(w.adminToken),
          payload: { create: true },
        });
        const linked = await waitFor(async () => {
          const current = await get();
          expect(current.jira_issues[0]).toMatchObject({ sync_state: 'ok' });
          return current;
        });
        keys.push(linked.jira_issues[0].key);
        gets.push(get);
      }
      // A link to an issue Jira no longer has must not stop the others (Jira refuses `key in` naming it).
      const ghost = await createTicket(t.app, w.adminToken, {
        ticket_type_id: w.typeId('Customer'),
        contacts: [{ id: String(w.contact.id) }],
        ticket_attributes: { _default_title_: 'Fantasma' },
      });
      await t.app.inject({
        method: 'POST',
        url: `/api/tickets/${ghost.id}/jira_issues`,
        headers: bearer(w.adminToken),
        payload: { key: 'SUP-999' },
      });
      const before = own.deliveries.length;
      own.dropNextWebhooks(3);
      for (const key of keys) own.transition(key, 'In Progress');
      await own.waitForDeliveries(before + 3);
      expect(own.deliveries.slice(before).every((delivery) => delivery.dropped)).toBe(true);
      for (const get of gets) expect((await get()).ticket_state.category).toBe('submitted');

      expect((await reconcileJira(t.app)).get(w.workspace.id)).toBe(3);
      for (const get of gets) expect((await get()).ticket_state.category).toBe('in_progress');
      expect((await reconcileJira(t.app)).get(w.workspace.id)).toBe(0);
    } finally {
      await own.close();
    }
  });

  it('shows a failed sync with Jira’s reason, in /metrics, and retries on request', async () => {
    const s = await setUp();
    await t.app.inject({
      method: 'PUT',
      url: '/api/integrations/jira',
      headers: bearer(s.adminToken),
      payload: { site_url: standin.url, email: 'charla@example.com', api_token: 'wrong-token', project_key: 'SUP' },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/tickets/${s.ticket.id}/jira_issues`,
      headers: bearer(s.adminToken),
      payload: { key: 'SUP-1' },
    });
    const failed = await waitFor(async () => {
      const current = await s.get();
      expect(current.jira_issues[0]).toMatchObject({ sync_state: 'failed' });
      return current.jira_issues[0];
    });
    expect(failed.error).toContain('401');
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.body).toMatch(/charla_jira_links\{sync_state="failed"\} [1-9]/);

    await connectToStandin(t.app, s.adminToken, standin, t.url);
    const retried = await t.app.inject({
      method: 'POST',
      url: `/api/tickets/${s.ticket.id}/jira_issues/SUP-1/retry`,
      headers: bearer(s.adminToken),
    });
    expect(retried.json().jira_issues[0].sync_state).toBe('pending');
    await waitFor(async () => expect((await s.get()).jira_issues[0].sync_state).toBe('ok'));
  });
});
