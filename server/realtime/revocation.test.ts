import { sql } from 'kysely';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { testDriver } from '../../test/database.ts';
import { bearer, buildTeamWorkspace, signIn } from '../../test/factories.ts';
import { connectSocket, insertContact, pause, setupRealtimeApp } from '../../test/realtime-client.ts';
import { connectWithCookie, handshakeOutcome, watchEnding } from '../../test/revocation-client.ts';
import { hashSecret } from '../lib/secrets.ts';
import { createVisitorSession } from './visitor-sessions.ts';

// One app process (the embedded default): the change's own process ends the sockets, with no Redis involved.
const t = setupRealtimeApp();

describe('revocation on one app process', () => {
  it('sign-out ends the session’s socket for good; the cookie is then refused at the handshake and over HTTP', async () => {
    const { agent } = await buildTeamWorkspace(t.db);
    const session = await signIn(t.app, agent.email);
    const socket = await connectWithCookie(t.url, session);
    await socket.ready;
    const ending = watchEnding(socket.socket);

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(out.statusCode).toBe(200);
    expect(await ending).toEqual({
      revoked: { type: 'revoked', reason: 'signed_out' },
      reason: 'io server disconnect',
    });
    expect(
      await handshakeOutcome(t.url, '/agents', { csrf_token: session.csrfToken }, { cookie: session.cookie }),
    ).toBe('unauthorized');
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('deactivation ends the teammate’s token socket, not a workspace peer’s', async () => {
    const { agent, agentToken, managerToken, adminToken } = await buildTeamWorkspace(t.db);
    const own = await connectSocket(t.url, '/agents', { token: agentToken });
    const peer = await connectSocket(t.url, '/agents', { token: managerToken });
    await Promise.all([own.ready, peer.ready]);
    const ending = watchEnding(own.socket);

    const off = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: bearer(adminToken),
      payload: { active: false },
    });
    expect(off.statusCode).toBe(200);
    expect((await ending).revoked).toEqual({ type: 'revoked', reason: 'deactivated' });
    expect(await peer.send('stop_viewing')).toEqual({ ok: true });
    expect(await handshakeOutcome(t.url, '/agents', { token: agentToken })).toBe('unauthorized');
    expect((await t.app.inject({ url: '/api/me', headers: bearer(agentToken) })).statusCode).toBe(401);
    peer.close();
  });

  it('an update that changes neither role nor active state ends no socket', async () => {
    const { agent, agentToken, adminToken } = await buildTeamWorkspace(t.db);
    const socket = await connectSocket(t.url, '/agents', { token: agentToken });
    await socket.ready;
    const renamed = await t.app.inject({
      method: 'PUT',
      url: `/api/admins/${agent.id}`,
      headers: bearer(adminToken),
      payload: { name: 'Luis Renamed', role: 'agent' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(await socket.send('stop_viewing')).toEqual({ ok: true });
    expect(socket.socket.connected).toBe(true);
    socket.close();
  });

  it('blocking a contact ends their messenger, refuses their token, and keeps another contact’s', async () => {
    const { workspace, adminToken } = await buildTeamWorkspace(t.db);
    const [contactId, otherId] = [await insertContact(t.db, workspace.id), await insertContact(t.db, workspace.id)];
    const token = await createVisitorSession(t.db, workspace.id, contactId);
    const messenger = await connectSocket(t.url, '/visitors', { token });
    const other = await connectSocket(t.url, '/visitors', {
      token: await createVisitorSession(t.db, workspace.id, otherId),
    });
    await Promise.all([messenger.ready, other.ready]);
    const ending = watchEnding(messenger.socket);

    const blocked = await t.app.inject({
      method: 'POST',
      url: `/api/contacts/${contactId}/block`,
      headers: bearer(adminToken),
    });
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json()).toEqual({ type: 'contact', id: String(contactId), external_id: null, blocked: true });
    expect((await ending).revoked).toEqual({ type: 'revoked', reason: 'contact_blocked' });
    expect(other.socket.connected).toBe(true);
    expect(await handshakeOutcome(t.url, '/visitors', { token })).toBe('unauthorized');
    const list = await t.app.inject({ url: '/api/messenger/conversations', headers: { 'x-charla-visitor': token } });
    expect(list.statusCode).toBe(401);
    // Blocking again is the same; a contact that does not exist is not found, and nothing is written.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/contacts/${contactId}/block`,
      headers: bearer(adminToken),
    });
    expect(again.statusCode).toBe(200);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/contacts/999999/block',
      headers: bearer(adminToken),
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().errors[0].code).toBe('contact_not_found');
    other.close();
  });

  it('refuses to block another workspace’s contact, and leaves it unblocked', async () => {
    const { workspace } = await buildTeamWorkspace(t.db);
    const contactId = await insertContact(t.db, workspace.id);
    const token = await createVisitorSession(t.db, workspace.id, contactId);
    const { adminToken: strangerToken } = await buildTeamWorkspace(t.db, 'Elsewhere');
    const blocked = await t.app.inject({
      method: 'POST',
      url: `/api/contacts/${contactId}/block`,
      headers: bearer(strangerToken),
    });
    expect(blocked.statusCode).toBe(404);
    const list = await t.app.inject({ url: '/api/messenger/conversations', headers: { 'x-charla-visitor': token } });
    expect(list.statusCode).toBe(200);
  });

  // A handshake that read its (still valid) session before the revocation arrived, and connects after it.
  it.skipIf(testDriver !== 'postgres')(
    'ends a socket whose handshake was reading credentials when the revocation came',
    async () => {
      const { agent } = await buildTeamWorkspace(t.db);
      const session = await signIn(t.app, agent.email);
      const sessionHash = hashSecret(session.cookie.split('.')[1] as string);
      const workspaceId = agent.workspace_id;
      const socket = io(`${t.url}/agents`, {
        auth: { csrf_token: session.csrfToken },
        extraHeaders: { cookie: session.cookie },
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
      });
      const ending = watchEnding(socket);
      await t.db.transaction().execute(async (trx) => {
        // Holds the handshake's session lookup until the revocation has arrived.
        await sql`LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE`.execute(trx);
        for (let waiting = 0; waiting === 0; await pause(10)) {
          const { rows } = await sql<{ waiting: number }>`
          SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND relation = 'sessions'::regclass`.execute(
            t.db,
          );
          waiting = rows[0]?.waiting ?? 0;
        }
        t.app.socketRevoker.revoke({ target: { kind: 'session', workspaceId, sessionHash }, reason: 'signed_out' });
      });
      expect(await ending).toEqual({
        revoked: { type: 'revoked', reason: 'signed_out' },
        reason: 'io server disconnect',
      });
    },
  );
});
