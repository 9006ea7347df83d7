import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomId } from '../server/lib/secrets.ts';
import { createTestDatabase, type TestDatabase, testDriver } from './database.ts';
import { bearer, buildTeamWorkspace } from './factories.ts';
import { connectSocket, insertContact, insertConversation, waitFor } from './realtime-client.ts';

interface Node {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `node server/main.ts` and waits for its banner. */
function startNode(env: Record<string, string>): Promise<Node> {
  const child = spawn(process.execPath, ['server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_WORKSPACE: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const record = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node did not start:\n${output}`)), 45_000);
    child.stdout?.on('data', () => {
      const match = /Charla is running at http:\/\/localhost:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, url: `http://127.0.0.1:${match[1]}`, output: () => output });
    });
    child.on('exit', (code) => reject(new Error(`node exited with ${code}:\n${output}`)));
  });
}

function stopNode(node: Node): Promise<number | null> {
  if (node.child.exitCode !== null) return Promise.resolve(node.child.exitCode);
  return new Promise((resolve) => {
    node.child.on('exit', (code) => resolve(code));
    node.child.kill('SIGTERM');
  });
}

/** Two app processes, one PostgreSQL database and one Redis: what one commits, sockets on the other get. */
describe.skipIf(testDriver !== 'postgres')('two app nodes with Redis', () => {
  let testDatabase: TestDatabase;
  let nodeA: Node;
  let nodeB: Node;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    const env = {
      DATABASE_URL: testDatabase.url ?? '',
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      // A channel prefix of this run's own, so parallel runs sharing the Redis do not cross.
      REDIS_KEY_PREFIX: `charla-test-${randomId(8)}`,
    };
    [nodeA, nodeB] = await Promise.all([startNode(env), startNode(env)]);
  });
  afterAll(async () => {
    await Promise.all([nodeA, nodeB].filter(Boolean).map(stopNode));
    await testDatabase?.drop();
  });

  it('pushes a change committed through node A’s API to an agent socket on node B', async () => {
    const { agent, agentToken, managerToken } = await buildTeamWorkspace(testDatabase.database.db);
    const socket = await connectSocket(nodeB.url, '/agents', { token: managerToken });
    const { last_id } = await socket.ready;

    const response = await fetch(`${nodeA.url}/api/admins/${agent.id}/away`, {
      method: 'PUT',
      headers: { ...bearer(agentToken), 'content-type': 'application/json' },
      body: JSON.stringify({ away_mode_enabled: true, away_mode_reassign: false }),
    });
    expect(response.status).toBe(200);
    const [event] = await waitFor(() => socket.events.length > 0 && socket.events);
    expect(event).toMatchObject({
      type: 'event',
      id: last_id + 1,
      topic: 'admin.away_mode_updated',
      data: { id: String(agent.id), away_mode_enabled: true },
    });
    socket.close();
  });

  it('relays typing and presence between teammates connected to different nodes', async () => {
    const db = testDatabase.database.db;
    const { workspace, agent, agentToken, managerToken } = await buildTeamWorkspace(db);
    const conversationId = await insertConversation(db, workspace.id, await insertContact(db, workspace.id));
    const onA = await connectSocket(nodeA.url, '/agents', { token: agentToken });
    const onB = await connectSocket(nodeB.url, '/agents', { token: managerToken });
    await Promise.all([onA.ready, onB.ready]);

    expect(await onA.send('viewing', { conversation_id: conversationId })).toEqual({ ok: true, viewers: [] });
    expect(await onA.send('typing', { conversation_id: conversationId, is_typing: true })).toEqual({ ok: true });
    await waitFor(() => onB.typing.length === 1 && onB.presence.length === 1);
    expect(onB.typing[0]).toMatchObject({ conversation_id: conversationId, author: { id: String(agent.id) } });
    const viewers = await onB.send('viewing', { conversation_id: conversationId });
    expect(viewers).toMatchObject({ ok: true, viewers: [{ id: String(agent.id), name: 'Luis Agent' }] });
    onA.close();
    onB.close();
  });

  it('shuts down cleanly with sockets still connected', async () => {
    const { agentToken } = await buildTeamWorkspace(testDatabase.database.db);
    const socket = await connectSocket(nodeA.url, '/agents', { token: agentToken });
    await socket.ready;
    const disconnected = new Promise((resolve) => socket.socket.once('disconnect', resolve));
    expect(await stopNode(nodeA)).toBe(0);
    await disconnected;
    expect(nodeA.output()).not.toMatch(/"level":(50|60)/);
  });
});
