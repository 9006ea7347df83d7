import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.ts';

/** Backups of this kind are for the embedded database; PostgreSQL has its own tools. */
export function embeddedDataDir(config: Config, command: string): string {
  if (config.databaseUrl) {
    throw new Error(
      `${command} is for the embedded database (DATA_DIR); with DATABASE_URL use pg_dump and pg_restore (docs/postgresql.md)`,
    );
  }
  return config.dataDir;
}

export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * PGlite keeps `postmaster.pid` in the data directory while it has it open and removes it on a clean close.
 * With no server answering on the control socket, the file means another process (a CLI command, or a server
 * started without the socket) has the directory open, or the last one was killed. `force` takes the second.
 */
export async function assertNotOpenElsewhere(dataDir: string, force: boolean): Promise<void> {
  if (force || !(await exists(path.join(dataDir, 'postmaster.pid')))) return;
  throw new Error(
    `${dataDir} looks open in another process (its postmaster.pid exists, and no Charla server answers on its backup socket). ` +
      'If nothing uses it — the last process was killed — run again with --force.',
  );
}

/** A name for a file or folder beside another, unique to the second: 2026-12-03T09-45-12-345Z. */
export function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}
