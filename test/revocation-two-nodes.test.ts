import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomId } from '../server/lib/secrets.ts';
import { createVisitorSession } from '../server/realtime/visitor-sessions.ts';
import { createTestDatabase, type TestDatabase, testDriver } from './database.ts';
import { bearer, buildTeamWorkspace, TEST_PASSWORD } from './factories.ts';
import { connectSocket, insertContact, waitFor } from './realtime-client.ts';
import {
  connectReconnecting,
  connectWithCookie,
  handshakeOutcome,
  signInOver,
  watchEnding,
} from './revocation-client.ts';
import { type RunningServer, runCli, startServerProcess, stopServerProcess } from './server-process.ts';

/** Generous: two app processes start on a machine that may be busy. */
const START_TIMEOUT = 120_000;
const TEST_TIMEOUT = 60_000;

/**
 * Two app processes sharing PostgreSQL and Redis: a change made through node A ends the sockets it revoked on
 * node B too (and on A), and the old credentials are refused afterwards, at the handshake and over HTTP.
 */
describe.skipIf(testDriver !== 'postgres')('revocation across two app nodes', () => {
  let testDatabase: TestDatabase;
  let nodeA: RunningServer;
  let nodeB: RunningServer;
  let env: Record<string, string>;
  const db = () => testDatabase.database.db;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    env = {
      DATABASE_URL: testDatabase.url ?? '',
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `charla-test-${randomId(8)}`,
      DEMO_WORKSPACE: 'false',
      LOG_LEVEL: 'warn',
    };
    [nodeA, nodeB] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, START_TIMEOUT);
  afterAll(async () => {
    await Promise.all([nodeA, nodeB].filter(Boolean).map(stopServerProcess));
    await testDatabase?.drop();
  }, START_TIMEOUT);

  const me = (url: string, headers: Record<string, string>) =>
    fetch(`${url}/api/me`, { headers }).then((response) => response.status);
  const send = (url: string, method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it(
    'sign-out on node A ends that session’s sockets on both nodes, not another session’s; the old cookie is refused',
    async () => {
      const { agent } = await buildTeamWorkspace(db());
      const [signedOut, other] = [await signInOver(nodeA.url, agent.email), await signInOver(nodeA.url, agent.email)];
      const onA = await connectWithCookie(nodeA.url, signedOut);
      const onB = await connectWithCookie(nodeB.url, signedOut);
      const otherOnB = await connectWithCookie(nodeB.url, other);
      await Promise.all([onA.ready, onB.ready, otherOnB.ready]);
      const endings = [watchEnding(onA.socket), watchEnding(onB.socket)];

      const out = await send(nodeA.url, 'POST', '/api/auth/sign-out', {
        cookie: signedOut.cookie,
        'x-csrf-token': signedOut.csrfToken,
      });
      expect(out.status).toBe(200);
      for (const ending of await Promise.all(endings)) {
        expect(ending).toEqual({ revoked: { type: 'revoked', reason: 'signed_out' }, reason: 'io server disconnect' });
      }
      // The other session's socket on B still works: its message is answered.
      expect(otherOnB.socket.connected).toBe(true);
      expect(await otherOnB.send('stop_viewing')).toEqual({ ok: true });
      expect(
        await handshakeOutcome(nodeB.url, '/agents', { csrf_token: signedOut.csrfToken }, { cookie: signedOut.cookie }),
      ).toBe('unauthorized');
      expect(await me(nodeB.url, { cookie: signedOut.cookie })).toBe(401);
      expect(await me(nodeB.url, { cookie: other.cookie })).toBe(200);
      otherOnB.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'a password change on node A ends every cookie socket of that teammate on node B, keeps their token’s',
    async () => {
      const { agent, agentToken } = await buildTeamWorkspace(db());
      const [here, elsewhere] = [await signInOver(nodeA.url, agent.email), await signInOver(nodeA.url, agent.email)];
      const cookieSockets = [await connectWithCookie(nodeB.url, here), await connectWithCookie(nodeB.url, elsewhere)];
      const tokenSocket = await connectSocket(nodeB.url, '/agents', { token: agentToken });
      await Promise.all([...cookieSockets, tokenSocket].map((s) => s.ready));
      const endings = cookieSockets.map((s) => watchEnding(s.socket));

      const changed = await send(
        nodeA.url,
        'POST',
        '/api/auth/password',
        { cookie: here.cookie, 'x-csrf-token': here.csrfToken },
        { current_password: TEST_PASSWORD, new_password: 'a brand new secret' },
      );
      expect(changed.status).toBe(200);
      for (const ending of await Promise.all(endings)) {
        expect(ending.revoked).toEqual({ type: 'revoked', reason: 'password_changed' });
        expect(ending.reason).toBe('io server disconnect');
      }
      expect(await tokenSocket.send('stop_viewing')).toEqual({ ok: true });
      expect(await me(nodeB.url, { cookie: elsewhere.cookie })).toBe(401);
      expect(await me(nodeB.url, { cookie: here.cookie })).toBe(401);
      tokenSocket.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'a password reset from the command line ends the teammate’s cookie sockets on both nodes through Redis',
    async () => {
      const { workspace, agent } = await buildTeamWorkspace(db());
      const session = await signInOver(nodeA.url, agent.email);
      const sockets = [await connectWithCookie(nodeA.url, session), await connectWithCookie(nodeB.url, session)];
      await Promise.all(sockets.map((s) => s.ready));
      const endings = sockets.map((s) => watchEnding(s.socket));

      expect(
        await runCli(
          env,
          'set-password',
          '--workspace',
          workspace.id,
          '--email',
          agent.email,
          '--password',
          'reset-1234',
        ),
      ).toBe('reset-1234');
      for (const ending of await Promise.all(endings)) {
        expect(ending).toEqual({
          revoked: { type: 'revoked', reason: 'password_changed' },
          reason: 'io server disconnect',
        });
      }
      expect(await me(nodeB.url, { cookie: session.cookie })).toBe(401);
      expect((await signInOver(nodeB.url, agent.email, 'reset-1234')).cookie).toMatch(/^charla_session=/);
    },
    TEST_TIMEOUT,
  );

  it(
    'deactivation on node A ends all of that teammate’s sockets on node B; cookie and token are refused after',
    async () => {
      const { agent, agentToken, adminToken } = await buildTeamWorkspace(db());
      const session = await signInOver(nodeA.url, agent.email);
      const sockets = [
        await connectWithCookie(nodeB.url, session),
        await connectSocket(nodeB.url, '/agents', { token: agentToken }),
        await connectSocket(nodeA.url, '/agents', { token: agentToken }),
      ];
      await Promise.all(sockets.map((s) => s.ready));
      const endings = sockets.map((s) => watchEnding(s.socket));

      const off = await send(nodeA.url, 'PUT', `/api/admins/${agent.id}`, bearer(adminToken), { active: false });
      expect(off.status).toBe(200);
      for (const ending of await Promise.all(endings)) {
        expect(ending).toEqual({ revoked: { type: 'revoked', reason: 'deactivated' }, reason: 'io server disconnect' });
      }
      expect(await handshakeOutcome(nodeB.url, '/agents', { token: agentToken })).toBe('unauthorized');
      expect(await me(nodeB.url, { cookie: session.cookie })).toBe(401);
      expect(await me(nodeB.url, bearer(agentToken))).toBe(401);
    },
    TEST_TIMEOUT,
  );

  it(
    'a role change on node A drops the teammate’s socket on node B, which reconnects by itself; HTTP sees the new role',
    async () => {
      const { agent, adminToken } = await buildTeamWorkspace(db());
      const session = await signInOver(nodeA.url, agent.email);
      const socket = connectReconnecting(nodeB.url, session);
      const revoked: unknown[] = [];
      socket.on('revoked', (notice) => revoked.push(notice));
      let connects = 0;
      socket.on('connect', () => {
        connects += 1;
      });
      await waitFor(() => connects === 1, 30_000);
      const dropped = new Promise((resolve) => socket.once('disconnect', resolve));

      const promoted = await send(nodeA.url, 'PUT', `/api/admins/${agent.id}`, bearer(adminToken), {
        role: 'manager',
      });
      expect(promoted.status).toBe(200);
      expect(await dropped).toBe('transport close');
      await waitFor(() => connects === 2, 30_000);
      expect(revoked).toEqual([{ type: 'revoked', reason: 'role_changed' }]);
      const response = await fetch(`${nodeB.url}/api/me`, { headers: { cookie: session.cookie } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { role: string }).role).toBe('manager');
      socket.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'deleting a token on node A ends the sockets it opened on node B, and only those; the token gets 401',
    async () => {
      const { adminToken } = await buildTeamWorkspace(db());
      const created = await send(nodeA.url, 'POST', '/api/tokens', bearer(adminToken), { name: 'script' });
      const { id, token } = (await created.json()) as { id: string; token: string };
      const scripted = await connectSocket(nodeB.url, '/agents', { token });
      const kept = await connectSocket(nodeB.url, '/agents', { token: adminToken });
      await Promise.all([scripted.ready, kept.ready]);
      const ending = watchEnding(scripted.socket);

      const deleted = await send(nodeA.url, 'DELETE', `/api/tokens/${id}`, bearer(adminToken));
      expect(deleted.status).toBe(200);
      expect(await ending).toEqual({
        revoked: { type: 'revoked', reason: 'token_deleted' },
        reason: 'io server disconnect',
      });
      expect(await kept.send('stop_viewing')).toEqual({ ok: true });
      expect(await handshakeOutcome(nodeB.url, '/agents', { token })).toBe('unauthorized');
      expect(await me(nodeB.url, bearer(token))).toBe(401);
      expect(await me(nodeB.url, bearer(adminToken))).toBe(200);
      kept.close();
    },
    TEST_TIMEOUT,
  );

  for (const change of ['block', 'delete'] as const) {
    it(
      `${change === 'block' ? 'blocking' : 'deleting'} a contact on node A ends their messenger socket on node B; their token gets 401`,
      async () => {
        const { workspace, adminToken } = await buildTeamWorkspace(db());
        const contactId = await insertContact(db(), workspace.id);
        const otherId = await insertContact(db(), workspace.id);
        const token = await createVisitorSession(db(), workspace.id, contactId);
        const otherToken = await createVisitorSession(db(), workspace.id, otherId);
        const messenger = await connectSocket(nodeB.url, '/visitors', { token });
        const otherMessenger = await connectSocket(nodeB.url, '/visitors', { token: otherToken });
        await Promise.all([messenger.ready, otherMessenger.ready]);
        const ending = watchEnding(messenger.socket);

        const response =
          change === 'block'
            ? await send(nodeA.url, 'POST', `/api/contacts/${contactId}/block`, bearer(adminToken))
            : await send(nodeA.url, 'DELETE', `/api/contacts/${contactId}`, bearer(adminToken));
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject(change === 'block' ? { blocked: true } : { deleted: true });
        expect(await ending).toEqual({
          revoked: { type: 'revoked', reason: change === 'block' ? 'contact_blocked' : 'contact_deleted' },
          reason: 'io server disconnect',
        });
        expect(otherMessenger.socket.connected).toBe(true);
        expect(await handshakeOutcome(nodeB.url, '/visitors', { token })).toBe('unauthorized');
        const list = (visitorToken: string) =>
          fetch(`${nodeB.url}/api/messenger/conversations`, { headers: { 'x-charla-visitor': visitorToken } });
        expect((await list(token)).status).toBe(401);
        expect((await list(otherToken)).status).toBe(200);
        otherMessenger.close();
      },
      TEST_TIMEOUT,
    );
  }
});
