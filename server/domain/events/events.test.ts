import { describe, expect, it } from 'vitest';
import { ZEventListSchema } from '../../../protocol/events.ts';
import { bearer, buildTeamWorkspace, signIn } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { commitEvent } from '../../../test/realtime-client.ts';

const t = setupTestApp();

async function replay(token: string, query: string) {
  const response = await t.app.inject({ url: `/api/events${query}`, headers: bearer(token) });
  return { status: response.statusCode, body: response.json() };
}

describe('GET /api/events (replay)', () => {
  it('returns the events after `after` in id order, paged by `limit` with has_more and last_id', async () => {
    const { workspace, agentToken } = await buildTeamWorkspace(t.db);
    for (let n = 1; n <= 5; n++) await commitEvent(t.app, workspace.id, { data: { n } });

    const first = ZEventListSchema.parse((await replay(agentToken, '?after=0&limit=2')).body);
    expect(first.events.map((e) => e.id)).toEqual([1, 2]);
    expect(first).toMatchObject({ last_id: 2, has_more: true });
    expect(first.events[0]).toMatchObject({ type: 'event', topic: 'conversation.updated', data: { n: 1 } });
    const rest = ZEventListSchema.parse((await replay(agentToken, `?after=${first.last_id}`)).body);
    expect(rest.events.map((e) => e.id)).toEqual([3, 4, 5]);
    expect(rest).toMatchObject({ last_id: 5, has_more: false });
    const none = ZEventListSchema.parse((await replay(agentToken, '?after=5')).body);
    expect(none).toEqual({ type: 'event.list', events: [], last_id: 5, has_more: false });
  });

  it('gives other agents a placeholder for a teammate’s private event, so their ids stay contiguous', async () => {
    const { workspace, agent, agentToken, managerToken } = await buildTeamWorkspace(t.db);
    await commitEvent(t.app, workspace.id);
    await commitEvent(t.app, workspace.id, { topic: 'mention.created', audience: 'teammate', teammateId: agent.id });
    await commitEvent(t.app, workspace.id, { audience: 'public', contactId: null });

    const own = ZEventListSchema.parse((await replay(agentToken, '')).body);
    expect(own.events.map((e) => [e.id, e.type])).toEqual([
      [1, 'event'],
      [2, 'event'],
      [3, 'event'],
    ]);
    expect(own.events[1]).toMatchObject({ topic: 'mention.created' });
    const other = ZEventListSchema.parse((await replay(managerToken, '')).body);
    expect(other.events[1]).toEqual({ type: 'event.skipped', id: 2 });
    expect(other.events.map((e) => e.id)).toEqual([1, 2, 3]);
  });

  it('shows a workspace only its own events', async () => {
    const a = await buildTeamWorkspace(t.db, 'A');
    const b = await buildTeamWorkspace(t.db, 'B');
    await commitEvent(t.app, b.workspace.id, { data: { secret: 'b' } });
    await commitEvent(t.app, a.workspace.id, { data: { mine: 'a' } });
    const list = ZEventListSchema.parse((await replay(a.agentToken, '')).body);
    expect(list.events).toEqual([expect.objectContaining({ id: 1, data: { mine: 'a' } })]);
  });

  it('answers bad `after` or `limit` with a 400 naming the field', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    for (const [query, field] of [
      ['?after=abc', 'after'],
      ['?after=-1', 'after'],
      ['?after=1.5', 'after'],
      ['?limit=0', 'limit'],
      ['?limit=1001', 'limit'],
    ]) {
      const { status, body } = await replay(agentToken, query ?? '');
      expect(status, query).toBe(400);
      expect(body.errors[0], query).toMatchObject({ code: 'parameter_invalid', field });
    }
  });

  it('needs a signed-in teammate or a token', async () => {
    const { agent } = await buildTeamWorkspace(t.db);
    expect((await t.app.inject({ url: '/api/events' })).statusCode).toBe(401);
    const session = await signIn(t.app, agent.email);
    const withCookie = await t.app.inject({ url: '/api/events', headers: { cookie: session.cookie } });
    expect(withCookie.statusCode).toBe(200);
  });
});
