import { describe, expect, it } from 'vitest';
import { DEMO_TRIAGE_WORKFLOW } from '../server/domain/bots/demo-workflow.ts';
import { testDriver } from './database.ts';
import { setupProcessDatabase } from './process-database.ts';
import { type RunningServer, runCli, startServerProcess, stopServerProcess } from './server-process.ts';

interface Api {
  admin: (url: string, method: string, body?: object) => Promise<Record<string, unknown>>;
  visitor: (url: string, method: string, body?: object) => Promise<Record<string, unknown>>;
}

async function prepare(env: Record<string, string>) {
  const workspace = await runCli(env, 'create-workspace', '--name', 'Bot Co', '--language', 'es');
  await runCli(env, 'create-admin', '--workspace', workspace, '--email', 'boss@bot.test', '--name', 'Boss');
  const token = await runCli(env, 'create-token', '--workspace', workspace, '--name', 'test');
  return { workspace, token };
}

function apiOf(server: RunningServer, token: string, visitorToken = ''): Api {
  const call = (headers: Record<string, string>) => async (url: string, method: string, body?: object) => {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? {} : response.json();
  };
  return { admin: call({ authorization: `Bearer ${token}` }), visitor: call({ 'x-charla-visitor': visitorToken }) };
}

function kill(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    server.child.on('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

describe('the bot on real server processes', () => {
  const env = setupProcessDatabase({ DEMO_WORKSPACE: 'false', SAMPLE_SITE_PORT: '-1' });

  it('a server killed mid-workflow continues at the same step after a restart', async () => {
    const { workspace, token } = await prepare(env);
    const first = await startServerProcess(env);
    const setup = apiOf(first, token);
    const workflow = await setup.admin('/api/workflows', 'POST', DEMO_TRIAGE_WORKFLOW);
    await setup.admin(`/api/workflows/${workflow.id}/publish`, 'POST');
    const boot = await setup.admin(`/api/messenger/${workspace}/boot`, 'POST', { language_override: 'es' });
    const before = apiOf(first, token, String(boot.visitor_token));
    const started = await before.visitor('/api/messenger/conversations', 'POST', {
      body: 'Hola',
      idempotency_key: 'a',
    });
    const id = (started.conversation as { id: string }).id;
    await before.visitor(`/api/messenger/conversations/${id}/answer`, 'POST', {
      step_id: 'topic',
      option_id: 'billing',
      idempotency_key: 'b',
    });
    await kill(first);

    const second = await startServerProcess(env);
    const after = apiOf(second, token, String(boot.visitor_token));
    const conversation = await after.visitor(`/api/messenger/conversations/${id}`, 'GET');
    expect(conversation.bot).toMatchObject({ status: 'waiting', step_id: 'billing_topic', input: 'buttons' });
    const done = await after.visitor(`/api/messenger/conversations/${id}/answer`, 'POST', {
      step_id: 'billing_topic',
      option_id: 'invoice',
      idempotency_key: 'c',
    });
    expect((done.parts as { body: string }[]).map((p) => p.body)).toEqual([
      '<p>Una factura</p>',
      '<p>¡Gracias! Enseguida te atiende alguien del equipo de facturación.</p>',
    ]);
    const agentView = await after.admin(`/api/conversations/${id}`, 'GET');
    expect(agentView).toMatchObject({
      bot_phase: 'handed_off',
      custom_attributes: { topic: 'billing', billing_topic: 'invoice' },
    });
    expect(await stopServerProcess(second)).toBe(0);
  }, 120_000);

  it.skipIf(testDriver !== 'postgres')(
    'two processes never both answer the same step',
    async () => {
      const { workspace, token } = await prepare(env);
      const [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
      try {
        const setup = apiOf(a, token);
        const workflow = await setup.admin('/api/workflows', 'POST', DEMO_TRIAGE_WORKFLOW);
        await setup.admin(`/api/workflows/${workflow.id}/publish`, 'POST');
        const conversations = await Promise.all(
          Array.from({ length: 20 }, async (_, index) => {
            const boot = await setup.admin(`/api/messenger/${workspace}/boot`, 'POST', {});
            const visitorToken = String(boot.visitor_token);
            const started = await apiOf(a, token, visitorToken).visitor('/api/messenger/conversations', 'POST', {
              body: `Hola ${index}`,
              idempotency_key: `start-${index}`,
            });
            return { id: (started.conversation as { id: string }).id, visitorToken };
          }),
        );
        await Promise.all(
          conversations.flatMap(({ id, visitorToken }) =>
            [a, b, a, b].map((server, click) =>
              apiOf(server, token, visitorToken).visitor(`/api/messenger/conversations/${id}/answer`, 'POST', {
                step_id: 'topic',
                option_id: click % 2 === 0 ? 'billing' : 'account',
                idempotency_key: `click-${click}`,
              }),
            ),
          ),
        );
        for (const { id, visitorToken } of conversations) {
          const conversation = await apiOf(b, token, visitorToken).visitor(`/api/messenger/conversations/${id}`, 'GET');
          const parts = conversation.parts as { author: { type: string }; step_id: string | null }[];
          expect(parts.filter((p) => p.author.type === 'lead')).toHaveLength(2); // the opening message + one answer
          expect(parts.filter((p) => p.step_id === 'billing_topic' || p.step_id === 'account_topic')).toHaveLength(1);
        }
      } finally {
        await Promise.all([stopServerProcess(a), stopServerProcess(b)]);
      }
    },
    120_000,
  );
});
