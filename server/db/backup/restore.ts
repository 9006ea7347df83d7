import { chmod, mkdir, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Config } from '../../config.ts';
import { openDatabase, pgliteParsers } from '../database.ts';
import { askServer } from './ask-server.ts';
import { formatBytes } from './backup.ts';
import { assertNotOpenElsewhere, embeddedDataDir, exists, timestamp } from './data-dir.ts';
import { type DatabaseSummary, describeSummary, summarizeDatabase } from './summary.ts';
import { inspectBackup } from './tarball.ts';

/**
 * `charla restore <file>`: replaces DATA_DIR with a backup, only while no server has it open. The backup is
 * checked, then unpacked into a new folder beside DATA_DIR and opened there as a database; only when all of
 * that worked is DATA_DIR moved aside (kept as `<DATA_DIR>.before-restore-<time>`) and the new folder put in
 * its place. A bad file leaves DATA_DIR as it was.
 */
export async function restoreEmbeddedDatabase(config: Config, file: string, force: boolean): Promise<string> {
  const dataDir = embeddedDataDir(config, 'restore');
  const server = await askServer(dataDir, 'ping');
  if (server) {
    throw new Error(
      `a Charla server (pid ${server.pid}) has ${dataDir} open. Stop it first (restore replaces the data directory), then run restore again.`,
    );
  }
  await assertNotOpenElsewhere(dataDir, force);
  const source = path.resolve(file);
  const tarball = await readFile(source).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${source}: ${error.code ?? error.message}`);
  });
  const contents = await inspectBackup(tarball).catch((error: Error) => {
    throw new Error(`${source}: ${error.message}. Nothing was changed.`);
  });
  const stamp = timestamp();
  const staging = `${dataDir}.restoring-${stamp}`;
  let summary: DatabaseSummary;
  try {
    summary = await openBackupIn(staging, tarball);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(
      `${source} does not open as a database (PostgreSQL ${contents.postgresVersion} data directory): ${(error as Error).message}. Nothing was changed.`,
    );
  }
  const previous = await moveAside(dataDir, `${dataDir}.before-restore-${stamp}`);
  try {
    await rename(staging, dataDir);
  } catch (error) {
    if (previous) await rename(previous, dataDir);
    throw error;
  }
  const secretKey = path.join(dataDir, 'secret.key');
  if (await exists(secretKey)) await chmod(secretKey, 0o600);
  return [
    `Restored ${source} (${formatBytes(tarball.length)}) into ${dataDir}:`,
    `  ${describeSummary(summary)}.`,
    previous
      ? `  The data it replaced is in ${previous}; delete that folder once you no longer need it.`
      : '  There was no data there before.',
    '  Start Charla as usual: it applies any newer migrations when it starts.',
  ].join('\n');
}

/** Unpacks the backup into a new folder and opens it, as the server would; the summary proves it opened. */
async function openBackupIn(folder: string, tarball: Buffer): Promise<DatabaseSummary> {
  await mkdir(folder, { mode: 0o700 });
  const pglite = await PGlite.create(folder, {
    loadDataDir: new Blob([new Uint8Array(tarball)]),
    parsers: pgliteParsers,
  });
  const database = await openDatabase({ pglite });
  try {
    return await summarizeDatabase(database);
  } finally {
    await database.close();
    // Kysely closes PGlite only if it ran a query; a clean close is what removes postmaster.pid.
    if (!pglite.closed) await pglite.close();
  }
}

/** Renames a non-empty DATA_DIR to `aside` (an empty one is removed); undefined when there was nothing. */
async function moveAside(dataDir: string, aside: string): Promise<string | undefined> {
  if (!(await exists(dataDir))) return undefined;
  if ((await readdir(dataDir)).length === 0) {
    await rmdir(dataDir);
    return undefined;
  }
  await rename(dataDir, aside);
  return aside;
}
