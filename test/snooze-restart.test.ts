import { describe, expect, it } from 'vitest';
import { setupProcessDatabase } from './process-database.ts';
import { runCli, startServerProcess, stopServerProcess } from './server-process.ts';

/** A snoozed conversation reopens on time even when the server that snoozed it is gone by then. */
describe('snooze survives a restart', () => {
  const env = setupProcessDatabase({ DEMO_WORKSPACE: 'false' });

  it('reopens the conversation after the server restarts', async () => {
    const workspace = await runCli(env, 'create-workspace', '--name', 'Snooze Co');
    await runCli(env, 'create-admin', '--workspace', workspace, '--email', 'boss@snooze.test', '--name', 'Boss');
    const token = await runCli(env, 'create-token', '--workspace', workspace, '--name', 'test');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const first = await startServerProcess({ ...env, SNOOZE_CHECK_INTERVAL_MS: '600000' });
    const api = (url: string, method: string, body?: object) =>
      fetch(`${first.url}${url}`, { method, headers, body: body ? JSON.stringify(body) : undefined }).then((r) =>
        r.json(),
      );
    const contact = await api('/api/contacts', 'POST', { email: 'c@snooze.test' });
    const message = await api('/api/conversations', 'POST', { from: { type: 'user', id: contact.id }, body: 'hola' });
    const until = Math.floor(Date.now() / 1000) + 2;
    const snoozed = await api(`/api/conversations/${message.conversation_id}/parts`, 'POST', {
      message_type: 'snoozed',
      snoozed_until: until,
    });
    expect(snoozed.state).toBe('snoozed');
    expect(await stopServerProcess(first)).toBe(0);

    // The snooze must have expired while no server ran: wait until the wall clock is past it.
    while (Date.now() <= until * 1000) await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await startServerProcess({ ...env, SNOOZE_CHECK_INTERVAL_MS: '200' });
    let state = 'snoozed';
    // Poll until the waker reopens it; the test timeout bounds the wait on a loaded machine.
    while (state !== 'open') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const conversation = await fetch(`${second.url}/api/conversations/${message.conversation_id}`, { headers }).then(
        (r) => r.json(),
      );
      state = conversation.state;
    }
    expect(await stopServerProcess(second)).toBe(0);
    expect(state).toBe('open');
  }, 120_000);
});
