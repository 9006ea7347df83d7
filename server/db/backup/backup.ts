import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Config } from '../../config.ts';
import { askServer } from './ask-server.ts';
import { assertNotOpenElsewhere, embeddedDataDir, exists } from './data-dir.ts';
import { dumpEmbeddedDatabase } from './dump.ts';
import { inspectBackup } from './tarball.ts';

/**
 * `charla backup <file>`: a consistent copy of the embedded database (with DATA_DIR's secret.key) as a gzipped
 * tarball. While a server runs, that server takes the copy and sends it over its control socket; when none
 * runs, this process opens DATA_DIR itself. The file is checked, then appears whole (mode 600) or not at all.
 */
export async function backupEmbeddedDatabase(config: Config, file: string, force: boolean): Promise<string> {
  const dataDir = embeddedDataDir(config, 'backup');
  const target = path.resolve(file);
  if (await exists(target)) throw new Error(`${target} exists: choose another file name, or remove it first`);
  const started = performance.now();
  const { tarball, source } = await takeCopy(dataDir, force);
  const contents = await inspectBackup(tarball).catch((error: Error) => {
    throw new Error(`the copy taken is not valid, nothing was written: ${error.message}`);
  });
  const partial = `${target}.partial`;
  try {
    await writeFile(partial, tarball, { flag: 'wx', mode: 0o600 });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return [
    `Backed up ${dataDir} ${source} to ${target}`,
    `  ${formatBytes(tarball.length)} (${contents.files} files, ${formatBytes(contents.bytes)} uncompressed, PostgreSQL ${contents.postgresVersion} data directory) in ${seconds} s.`,
    '  It holds secret.key too: keep it as private as the data. Restore with: npm run charla -- restore <file>',
  ].join('\n');
}

async function takeCopy(dataDir: string, force: boolean): Promise<{ tarball: Buffer; source: string }> {
  const server = await askServer(dataDir, 'backup');
  if (server) return { tarball: server.body, source: `from the running server (pid ${server.pid})` };
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) throw new Error(`there is no embedded database in ${dataDir}`);
  await assertNotOpenElsewhere(dataDir, force);
  const pglite = await PGlite.create(dataDir);
  try {
    return { tarball: await dumpEmbeddedDatabase(pglite), source: 'directly (no server was running)' };
  } finally {
    await pglite.close();
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
