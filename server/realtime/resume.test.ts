import { describe, expect, it } from 'vitest';
import { buildTeamWorkspace } from '../../test/factories.ts';
import { commitEvent, connectSocket, pause, setupRealtimeApp, waitFor } from '../../test/realtime-client.ts';
import { transact } from '../events/transact.ts';

const t = setupRealtimeApp();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('resuming a stream', () => {
  it('replays exactly the events missed while disconnected, then goes live, with no gap and no duplicate', async () => {
    const { workspace, admin, agentToken } = await buildTeamWorkspace(t.db);
    await commitEvent(t.app, workspace.id);
    const first = await connectSocket(t.url, '/agents', { token: agentToken });
    expect(await first.ready).toEqual({ type: 'ready', last_id: 1 });
    await commitEvent(t.app, workspace.id);
    await waitFor(() => first.events.length === 1);
    const lastSeen = first.events.at(-1)?.id ?? 0;
    first.close();

    await commitEvent(t.app, workspace.id);
    await commitEvent(t.app, workspace.id, { topic: 'mention.created', audience: 'teammate', teammateId: admin.id });
    await commitEvent(t.app, workspace.id);
    const second = await connectSocket(t.url, '/agents', { token: agentToken, after: lastSeen });
    expect(await second.ready).toEqual({ type: 'ready', last_id: 5 });
    expect(second.events.map((e) => [e.id, e.type])).toEqual([
      [3, 'event'],
      [4, 'event.skipped'],
      [5, 'event'],
    ]);
    await commitEvent(t.app, workspace.id);
    await waitFor(() => second.events.length === 4);
    await pause(50);
    expect(second.events.map((e) => e.id)).toEqual([3, 4, 5, 6]);
    second.close();
  });

  it('a socket that connects without `after` starts at the workspace’s latest event', async () => {
    const { workspace, agentToken } = await buildTeamWorkspace(t.db);
    await commitEvent(t.app, workspace.id);
    await commitEvent(t.app, workspace.id);
    const socket = await connectSocket(t.url, '/agents', { token: agentToken });
    expect(await socket.ready).toEqual({ type: 'ready', last_id: 2 });
    await pause(50);
    expect(socket.events).toEqual([]);
    socket.close();
  });

  it('loses and repeats nothing that commits while the replay is being read', async () => {
    const { workspace, agentToken } = await buildTeamWorkspace(t.db);
    await transact(t.app, workspace.id, async (_trx, emit) => {
      for (let i = 0; i < 5000; i++) emit({ topic: 'conversation.updated', audience: 'agents', data: {} });
    });
    let committing = true;
    const writer = async () => {
      while (committing) {
        await commitEvent(t.app, workspace.id);
        await new Promise(setImmediate);
      }
    };
    const writers = Promise.all([writer(), writer(), writer()]);
    const socket = await connectSocket(t.url, '/agents', { token: agentToken, after: 0 });
    const { last_id } = await socket.ready;
    await pause(100);
    committing = false;
    await writers;
    const total = Number(
      (
        await t.db
          .selectFrom('event_counters')
          .select('last_event_id')
          .where('workspace_id', '=', workspace.id)
          .executeTakeFirstOrThrow()
      ).last_event_id,
    );
    expect(last_id).toBeGreaterThan(5000);
    await waitFor(() => socket.events.length >= total, 10_000);
    expect(socket.events.map((e) => e.id)).toEqual(range(1, total));
    socket.close();
  });

  it('refuses a malformed `after`', async () => {
    const { agentToken } = await buildTeamWorkspace(t.db);
    await expect(connectSocket(t.url, '/agents', { token: agentToken, after: 'yesterday' })).rejects.toMatchObject({
      data: { code: 'parameter_invalid' },
    });
  });
});
