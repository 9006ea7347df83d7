import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { createTestDatabase, testDriver } from './database.ts';
import { databaseUrlFor, TEST_DATABASE_URL } from './postgres.ts';
import { runCli, startServerProcess, stopServerProcess } from './server-process.ts';

const PROCESS_TEST_TIMEOUT = 240_000;
const run = promisify(execFile);
const migrationFiles = async () =>
  (await readdir('server/db/migrations')).filter((name) => name.endsWith('.sql')).sort();

describe.skipIf(testDriver !== 'pglite')('charla backup and restore (embedded database)', () => {
  let root = '';
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it(
    'backs up while the server runs and writes continue, refuses to restore under it, and restores elsewhere',
    async () => {
      root = await mkdtemp(path.join(os.tmpdir(), 'charla-backup-'));
      const live = { DATA_DIR: path.join(root, 'live'), DATABASE_URL: '', DEMO_WORKSPACE: 'false' };
      const fresh = { ...live, DATA_DIR: path.join(root, 'fresh') };
      const workspace = await runCli(live, 'create-workspace', '--name', 'Backup Co');
      await runCli(live, 'create-admin', '--workspace', workspace, '--email', 'boss@backup.test', '--name', 'Boss');
      const token = await runCli(live, 'create-token', '--workspace', workspace, '--name', 'test');
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      // A socket file a killed server left behind does not stop the next one.
      await writeFile(`${live.DATA_DIR}.sock`, '');

      const server = await startServerProcess({ ...live, SAMPLE_SITE_PORT: '-1' });
      const api = async (url: string, method = 'GET', body?: object) => {
        const response = await fetch(`${server.url}${url}`, {
          method,
          headers,
          body: body ? JSON.stringify(body) : undefined,
        });
        expect(response.status).toBeLessThan(300);
        return response.json();
      };
      const contact = await api('/api/contacts', 'POST', { email: 'c@backup.test' });
      const message = await api('/api/conversations', 'POST', { from: { type: 'user', id: contact.id }, body: 'hola' });
      const conversationId = message.conversation_id;
      const reply = (body: string) =>
        api(`/api/conversations/${conversationId}/reply`, 'POST', { message_type: 'comment', type: 'admin', body });
      await reply('first reply');

      // Replies keep coming while the backup is taken; the ones acknowledged before it started must be in it.
      const acknowledged: string[] = [];
      let writing = true;
      const writer = (async () => {
        for (let n = 0; writing; n++) {
          await reply(`reply ${n}`);
          acknowledged.push(`reply ${n}`);
        }
      })();
      while (acknowledged.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
      const beforeBackup = [...acknowledged];
      const backupFile = path.join(root, 'charla.tgz');
      const backedUp = await runCli(live, 'backup', backupFile);
      const duringBackup = acknowledged.length;
      while (acknowledged.length < duringBackup + 3) await new Promise((resolve) => setTimeout(resolve, 20));
      writing = false;
      await writer;
      expect(backedUp).toContain(`from the running server (pid ${server.child.pid})`);
      await expect(runCli(live, 'backup', backupFile)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('exists'),
      });

      await expect(runCli(live, 'restore', backupFile)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`a Charla server (pid ${server.child.pid}) has ${live.DATA_DIR} open`),
      });
      // A second server on the same DATA_DIR stops before opening the database.
      await expect(startServerProcess({ ...live, SAMPLE_SITE_PORT: '-1' })).rejects.toThrow(
        `Another Charla server (pid ${server.child.pid}) has ${live.DATA_DIR} open`,
      );
      expect((await api(`/api/conversations/${conversationId}`)).id).toBe(String(conversationId));
      expect(await stopServerProcess(server)).toBe(0);

      const restored = await runCli(fresh, 'restore', backupFile);
      expect(restored).toContain(`into ${fresh.DATA_DIR}`);
      expect(restored).toContain('There was no data there before.');
      expect(await readFile(path.join(fresh.DATA_DIR, 'secret.key'), 'utf8')).toBe(
        await readFile(path.join(live.DATA_DIR, 'secret.key'), 'utf8'),
      );

      const copy = await openDatabase({ dataDir: fresh.DATA_DIR });
      const orphans = await sql<{ count: number }>`
        SELECT count(*)::int AS count FROM conversation_parts p
        LEFT JOIN conversations c ON c.workspace_id = p.workspace_id AND c.id = p.conversation_id
        WHERE c.id IS NULL`.execute(copy.db);
      const migrations = await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(copy.db);
      await copy.close();
      expect(orphans.rows[0]?.count).toBe(0);
      expect(migrations.rows.map((row) => row.name)).toEqual(await migrationFiles());

      const again = await startServerProcess({ ...fresh, SAMPLE_SITE_PORT: '-1' });
      const conversation = await fetch(`${again.url}/api/conversations/${conversationId}`, { headers }).then((r) =>
        r.json(),
      );
      expect(await stopServerProcess(again)).toBe(0);
      const text = JSON.stringify(conversation);
      for (const body of ['hola', 'first reply', ...beforeBackup]) expect(text).toContain(body);
    },
    PROCESS_TEST_TIMEOUT,
  );

  it(
    'refuses a bad backup file with a clear error and leaves the data as it was',
    async () => {
      const live = { DATA_DIR: path.join(root, 'live'), DATABASE_URL: '' };
      const listing = async () => (await readdir(root)).sort();
      const before = await listing();
      const pgControl = await readFile(path.join(live.DATA_DIR, 'global/pg_control'));
      const good = await readFile(path.join(root, 'charla.tgz'));
      await writeFile(path.join(root, 'junk.tgz'), 'not a backup');
      await writeFile(path.join(root, 'cut.tgz'), good.subarray(0, good.length / 2));
      await expect(runCli(live, 'restore', path.join(root, 'junk.tgz'))).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('not a Charla backup (it is not a gzip file). Nothing was changed.'),
      });
      await expect(runCli(live, 'restore', path.join(root, 'cut.tgz'))).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('damaged or cut short'),
      });
      expect(await listing()).toEqual([...before, 'cut.tgz', 'junk.tgz'].sort());
      expect(await readFile(path.join(live.DATA_DIR, 'global/pg_control'))).toEqual(pgControl);

      // A postmaster.pid with no server answering: another process may have the database open.
      await writeFile(path.join(live.DATA_DIR, 'postmaster.pid'), '-42\n');
      await expect(runCli(live, 'restore', path.join(root, 'charla.tgz'))).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('looks open in another process'),
      });
      // With --force, a good one replaces the data and keeps what was there beside it.
      const restored = await runCli(live, 'restore', path.join(root, 'charla.tgz'), '--force');
      const aside = (await readdir(root)).find((name) => name.startsWith('live.before-restore-'));
      expect(aside).toBeDefined();
      expect(restored).toContain(`The data it replaced is in ${path.join(root, aside ?? '')}`);
      expect(await readFile(path.join(root, aside ?? '', 'global/pg_control'))).toEqual(pgControl);
    },
    PROCESS_TEST_TIMEOUT,
  );
});

/** The commands docs/postgresql.md gives, on scratch databases of the shared server. */
describe.skipIf(testDriver !== 'postgres')('pg_dump and pg_restore as documented', () => {
  it(
    'round-trips a Charla database, and migrations run on the copy as at a start',
    async () => {
      const source = await createTestDatabase();
      const targetName = `charla_restore_${process.pid}_${Date.now()}`;
      const admin = openDatabase({ databaseUrl: TEST_DATABASE_URL, poolSize: 1 });
      const dumpFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'charla-pgdump-')), 'charla.dump');
      try {
        await sql`INSERT INTO schema_migrations (name) VALUES ('zz_marker_of_this_copy')`.execute(source.database.db);
        await run('pg_dump', ['-Fc', '--no-owner', '-f', dumpFile, source.url ?? '']);
        await sql.raw(`CREATE DATABASE ${targetName}`).execute((await admin).db);
        await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', databaseUrlFor(targetName), dumpFile]);
        const copy = await openDatabase({ databaseUrl: databaseUrlFor(targetName), poolSize: 1 });
        try {
          const names = await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(copy.db);
          expect(names.rows.map((row) => row.name)).toEqual([...(await migrationFiles()), 'zz_marker_of_this_copy']);
          expect(await migrate(copy)).toEqual([]);
          const jobs = await sql<{ count: number }>`
            SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'pgboss'`.execute(
            copy.db,
          );
          expect(jobs.rows[0]?.count).toBeGreaterThan(0);
        } finally {
          await copy.close();
        }
      } finally {
        await source.drop();
        await sql.raw(`DROP DATABASE IF EXISTS ${targetName} WITH (FORCE)`).execute((await admin).db);
        await (await admin).close();
        await rm(path.dirname(dumpFile), { recursive: true, force: true });
      }
    },
    PROCESS_TEST_TIMEOUT,
  );
});
