import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../server/db/database.ts';
import { testDriver } from './database.ts';
import { bearer, buildTeamWorkspace } from './factories.ts';
import { insertContact, insertConversation } from './realtime-client.ts';
import { type RunningServer, startServerProcess, stopServerProcess } from './server-process.ts';

const run = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** This test's own PostgreSQL cluster in a temporary folder, run as the `postgres` OS user; never the shared one. */
class PrivatePostgres {
  readonly dir: string;
  readonly port: number;
  private readonly bin: string;

  constructor(dir: string, port: number, bin: string) {
    this.dir = dir;
    this.port = port;
    this.bin = bin;
  }

  static async create(): Promise<PrivatePostgres> {
    const versions = (await readdir('/usr/lib/postgresql')).sort();
    const bin = `/usr/lib/postgresql/${versions.at(-1)}/bin`;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'charla-pg-fault-'));
    const { stdout } = await run('id', ['-u', 'postgres']);
    const uid = Number(stdout.trim());
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, uid, Number(gid.trim()));
    const cluster = new PrivatePostgres(dir, await freePort(), bin);
    await cluster.asPostgres('initdb', '-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres');
    await cluster.start();
    return cluster;
  }

  private asPostgres(tool: string, ...args: string[]) {
    return run('runuser', ['-u', 'postgres', '--', `${this.bin}/${tool}`, ...args]);
  }

  start() {
    return this.asPostgres(
      'pg_ctl',
      ...['-D', `${this.dir}/data`, '-l', `${this.dir}/log`, '-w', '-t', '120', 'start'],
      ...['-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`],
    );
  }

  stop() {
    return this.asPostgres('pg_ctl', '-D', `${this.dir}/data`, '-m', 'fast', '-w', '-t', '120', 'stop');
  }

  url(database: string) {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async destroy() {
    await this.stop().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(testDriver !== 'postgres')('PostgreSQL restarted under load', () => {
  let cluster: PrivatePostgres;
  let server: RunningServer;
  let database: Database;

  beforeAll(async () => {
    cluster = await PrivatePostgres.create();
    const admin = new pg.Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE charla');
    await admin.end();
    server = await startServerProcess({
      DATABASE_URL: cluster.url('charla'),
      DEMO_WORKSPACE: 'false',
      LOG_LEVEL: 'warn',
    });
    database = await openDatabase({ databaseUrl: cluster.url('charla'), poolSize: 2 });
  }, 180_000);

  afterAll(async () => {
    if (server) await stopServerProcess(server);
    await database?.close();
    await cluster?.destroy();
  }, 120_000);

  it('answers 503 database_unavailable while it is down, and the same process serves again after', async () => {
    const { workspace, admin, adminToken } = await buildTeamWorkspace(database.db);
    const contactId = await insertContact(database.db, workspace.id);
    const conversationId = await insertConversation(database.db, workspace.id, contactId);
    const reply = (body: string) =>
      fetch(`${server.url}/api/conversations/${conversationId}/reply`, {
        method: 'POST',
        headers: { ...bearer(adminToken), 'content-type': 'application/json' },
        body: JSON.stringify({ message_type: 'comment', type: 'admin', admin_id: String(admin.id), body }),
        // A request must not hang while the database is away: this bound fails the test if it does.
        signal: AbortSignal.timeout(30_000),
      });

    const statuses: number[] = [];
    const unavailable: { code: string; retryAfter: string | null }[] = [];
    let sending = true;
    const load = (async () => {
      for (let n = 0; sending; n++) {
        // A refused or dropped HTTP connection (the process died) counts as status 0 and fails the test below.
        const response = await reply(`steady ${n}`).catch(() => undefined);
        statuses.push(response?.status ?? 0);
        if (!response) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        if (response.status === 503) {
          const body = await response.json();
          unavailable.push({ code: body.errors[0].code, retryAfter: response.headers.get('retry-after') });
          await new Promise((resolve) => setTimeout(resolve, 20));
        } else await response.arrayBuffer();
      }
    })();

    await waitUntil(async () => statuses.filter((status) => status === 200).length >= 5, 60_000);
    await cluster.stop();
    await waitUntil(async () => unavailable.length >= 3, 60_000).catch((error) => {
      throw new Error(
        `${error.message}; statuses ${statuses.slice(-10)}; exit ${server.child.exitCode}\n${server.output()}`,
      );
    });
    const ready = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(30_000) });
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable' });

    const downAt = statuses.length;
    await cluster.start();
    await waitUntil(async () => (await fetch(`${server.url}/readyz`)).status === 200, 60_000);
    await waitUntil(async () => statuses.slice(downAt).filter((status) => status === 200).length >= 5, 60_000);
    sending = false;
    await load;

    expect(new Set(statuses)).toEqual(new Set([200, 503]));
    expect(unavailable.every(({ code, retryAfter }) => code === 'database_unavailable' && retryAfter === '5')).toBe(
      true,
    );
    // The same process, never restarted, writes again.
    expect(server.child.exitCode).toBeNull();
    const after = await reply('after the restart');
    expect(after.status).toBe(200);
    const stored = await database.db
      .selectFrom('conversation_parts')
      .select('body')
      .where('workspace_id', '=', workspace.id)
      .where('body', 'like', '%after the restart%')
      .execute();
    expect(stored).toHaveLength(1);
  }, 180_000);
});
