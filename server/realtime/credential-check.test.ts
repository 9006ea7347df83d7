import { describe, expect, it } from 'vitest';
import { buildTeamWorkspace, signIn } from '../../test/factories.ts';
import { connectSocket, insertContact, setupRealtimeApp } from '../../test/realtime-client.ts';
import { connectWithCookie, watchEnding } from '../../test/revocation-client.ts';
import { blockContact, deleteContact } from '../domain/contacts/service.ts';
import { setPassword, updateTeammate } from '../domain/teammates/service.ts';
import { revokeAccessToken } from '../domain/tokens/service.ts';
import { createVisitorSession, deleteVisitorSession } from './visitor-sessions.ts';

// Changes made straight through the services, as a process that cannot reach this one would (the CLI without
// Redis): no revocation is pushed, so only the periodic check can end these sockets.
const t = setupRealtimeApp({ SOCKET_CREDENTIAL_CHECK_MS: '200' });

describe('the periodic socket credential check', () => {
  it('ends cookie sockets whose sessions ended and token sockets whose token was deleted; others stay', async () => {
    const { workspace, agent, manager, managerToken } = await buildTeamWorkspace(t.db);
    const session = await signIn(t.app, agent.email);
    const cookieSocket = await connectWithCookie(t.url, session);
    const managerSocket = await connectSocket(t.url, '/agents', { token: managerToken });
    await Promise.all([cookieSocket.ready, managerSocket.ready]);
    const ending = watchEnding(cookieSocket.socket);

    await setPassword(t.db, workspace.id, agent.id, 'changed elsewhere');
    expect(await ending).toEqual({
      revoked: { type: 'revoked', reason: 'credentials_invalid' },
      reason: 'io server disconnect',
    });
    // The same pass read the manager's token and kept it.
    expect(managerSocket.socket.connected).toBe(true);

    const managerEnding = watchEnding(managerSocket.socket);
    const row = await t.db
      .selectFrom('access_tokens')
      .select('id')
      .where('workspace_id', '=', workspace.id)
      .where('teammate_id', '=', manager.id)
      .executeTakeFirstOrThrow();
    await revokeAccessToken(t.db, workspace.id, row.id);
    expect((await managerEnding).revoked).toEqual({ type: 'revoked', reason: 'credentials_invalid' });
  });

  it('drops a socket whose teammate’s role changed meanwhile, so it reconnects under the new role', async () => {
    const { workspace, agent, agentToken, adminToken } = await buildTeamWorkspace(t.db);
    const socket = await connectSocket(t.url, '/agents', { token: agentToken });
    const admin = await connectSocket(t.url, '/agents', { token: adminToken });
    await Promise.all([socket.ready, admin.ready]);
    const ending = watchEnding(socket.socket);

    await updateTeammate(t.db, workspace.id, agent.id, { role: 'manager' });
    expect(await ending).toEqual({ revoked: { type: 'revoked', reason: 'role_changed' }, reason: 'transport close' });
    expect(admin.socket.connected).toBe(true);
    admin.close();
  });

  it('ends the messenger of a contact blocked or deleted meanwhile, or whose visitor session ended', async () => {
    const { workspace } = await buildTeamWorkspace(t.db);
    const ids = [
      await insertContact(t.db, workspace.id),
      await insertContact(t.db, workspace.id),
      await insertContact(t.db, workspace.id),
    ];
    const kept = await insertContact(t.db, workspace.id);
    const tokens = await Promise.all([...ids, kept].map((id) => createVisitorSession(t.db, workspace.id, id)));
    const sockets = await Promise.all(tokens.map((token) => connectSocket(t.url, '/visitors', { token })));
    await Promise.all(sockets.map((s) => s.ready));
    const endings = sockets.slice(0, 3).map((s) => watchEnding(s.socket));

    await blockContact(t.app, workspace.id, ids[0] as number);
    await deleteContact(t.app, workspace.id, ids[1] as number);
    await deleteVisitorSession(t.db, tokens[2] as string);
    for (const ending of await Promise.all(endings)) {
      expect(ending.revoked).toEqual({ type: 'revoked', reason: 'credentials_invalid' });
    }
    expect(sockets[3]?.socket.connected).toBe(true);
    sockets[3]?.close();
  });
});
