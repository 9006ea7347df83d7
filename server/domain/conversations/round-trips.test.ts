import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { testDriver } from '../../../test/database.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

/** Every statement node-postgres sends in this worker while `recording` is set. */
const sent: string[] = [];
let recording = false;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text: string };
  if (recording) sent.push((typeof first === 'string' ? first : first.text).replace(/\s+/g, ' ').trim());
  return query.apply(this, args);
} as never;
afterAll(() => {
  pg.Client.prototype.query = query as never;
});

/** The relay numbering events after the commit (one statement) runs beside the request; it is not the request's own trip. */
const isRelay = (text: string) => text.includes('number_pending_events');

describe.skipIf(testDriver !== 'postgres')('round trips of a customer reply through the API', () => {
  it('writes in one transaction of four statements and answers the conversation in one more', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const id = await buildConversation(t.app, adminToken, contact.id);
    const reply = (key: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/conversations/${id}/reply`,
        headers: { ...bearer(adminToken), 'idempotency-key': key },
        payload: { message_type: 'comment', type: 'user', intercom_user_id: String(contact.id), body: 'Hola' },
      });
    // The first use of the token also stamps its last use; the trips measured are a steady reply's.
    expect((await reply('warm')).statusCode).toBe(200);
    sent.length = 0;
    recording = true;
    const response = await reply('measured');
    recording = false;
    expect(response.statusCode).toBe(200);
    expect(response.json().conversation_parts.conversation_parts.at(-1).body).toBe('Hola');

    const own = sent.filter((text) => !isRelay(text)).map((text) => text.slice(0, 40).toLowerCase());
    // The relay ran too: one statement.
    expect(sent.filter(isRelay)).not.toHaveLength(0);
    expect(own).toEqual([
      // The token (and its teammate).
      expect.stringMatching(/^select "teammates"\.\*/),
      'begin',
      // The conversation, locked, with its contact.
      expect.stringMatching(/^select "c"\.\*, \( select to_jsonb\(k\)/),
      // The part and the conversation's new state.
      expect.stringMatching(/^with "part" as \(insert into "conversatio/),
      // The idempotency key and the events.
      expect.stringMatching(/^with claimed as \( insert into idempotenc/),
      'commit',
      // The answer: the conversation, its parts and context.
      expect.stringMatching(/^select "c"\.\*, \( select coalesce\(json_agg/),
    ]);
  });
});
