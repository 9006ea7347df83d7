import { describe, expect, it } from 'vitest';
import { buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { MessengerClient } from '../../../test/messenger-client.ts';

const t = setupTestApp({ MESSENGER_SENDS_PER_VISITOR_PER_MINUTE: '3', MESSENGER_REQUESTS_PER_IP_PER_MINUTE: '12' });

describe('messenger rate limits', () => {
  it('limits sends per visitor with a 429 and Retry-After, and writes nothing more', async () => {
    const { workspace } = await buildTeamWorkspace(t.db);
    const visitor = new MessengerClient(t.app, workspace.id);
    await visitor.start();
    const { conversation } = await visitor.send('one');
    await visitor.reply(conversation.id, 'two');
    await visitor.reply(conversation.id, 'three');
    const limited = await visitor.request('POST', `/conversations/${conversation.id}/reply`, {
      body: 'four',
      idempotency_key: 'four',
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().errors[0].code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const parts = await t.db
      .selectFrom('conversation_parts')
      .select('body')
      .where('conversation_id', '=', Number(conversation.id))
      .execute();
    expect(parts.map((p) => p.body)).toEqual(['<p>two</p>', '<p>three</p>']);
    // Another visitor (same IP, within its limit) still sends.
    const other = new MessengerClient(t.app, workspace.id);
    await other.start();
    expect((await other.request('POST', '/conversations', { body: 'hi', idempotency_key: 'x' })).statusCode).toBe(200);
  });

  it('limits every messenger request per IP', async () => {
    const { workspace } = await buildTeamWorkspace(t.db);
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/messenger/${workspace.id}/boot`,
        payload: {},
        remoteAddress: '203.0.113.9',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 12).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(12)).toEqual([429, 429]);
  });
});

describe('shutdown', () => {
  it('forgets the visitor: the token stops working and a later boot is a new anonymous lead', async () => {
    const { workspace } = await buildTeamWorkspace(t.db);
    const visitor = new MessengerClient(t.app, workspace.id);
    const first = await visitor.start({ user_id: 'u-1' });
    const shutdown = await visitor.request('DELETE' as 'GET', '/session');
    expect(shutdown.statusCode).toBe(204);
    expect((await visitor.request('GET', '/conversations')).statusCode).toBe(401);
    const anonymous = await new MessengerClient(t.app, workspace.id).start({ visitor_token: first.visitor_token });
    expect(anonymous.contact.role).toBe('lead');
    expect(anonymous.contact.id).not.toBe(first.contact.id);
  });
});
