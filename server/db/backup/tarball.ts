import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

export interface BackupContents {
  /** The PostgreSQL major version of the data directory (PG_VERSION). */
  postgresVersion: string;
  files: number;
  /** Uncompressed size of the files. */
  bytes: number;
}

const BLOCK = 512;
/** Files a PostgreSQL data directory cannot start without. */
const REQUIRED_FILES = ['PG_VERSION', 'global/pg_control'];
/** Regular files and directories only: no links or devices that could point outside the data directory. */
const ALLOWED_TYPES = new Set(['0', '\0', '5']);

/**
 * Checks that `file` is a backup this version can restore — a gzipped tarball of a PostgreSQL data directory —
 * before anything is written: the gzip checksum catches a cut or damaged file, each tar header's checksum and
 * type are checked, and the files PostgreSQL needs must be there. Throws an error that says what is wrong.
 */
export async function inspectBackup(file: Buffer): Promise<BackupContents> {
  if (file[0] !== 0x1f || file[1] !== 0x8b) throw new Error('not a Charla backup (it is not a gzip file)');
  let tar: Buffer;
  try {
    tar = await promisify(gunzip)(file);
  } catch (error) {
    throw new Error(`the file is damaged or cut short (${(error as Error).message})`);
  }
  const names = new Map<string, Buffer>();
  let bytes = 0;
  for (let offset = 0; offset + BLOCK <= tar.length; ) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const entry = readHeader(header);
    const start = offset + BLOCK;
    if (start + entry.size > tar.length) throw new Error(`the file is cut short inside ${entry.name}`);
    names.set(entry.name, tar.subarray(start, start + entry.size));
    bytes += entry.size;
    offset = start + Math.ceil(entry.size / BLOCK) * BLOCK;
  }
  const missing = REQUIRED_FILES.filter((name) => !names.has(name));
  if (missing.length > 0) throw new Error(`not a Charla backup (no ${missing.join(', ')} in it)`);
  const postgresVersion = names.get('PG_VERSION')?.toString('utf8').trim() ?? '';
  if (!/^\d+$/.test(postgresVersion)) throw new Error('not a Charla backup (PG_VERSION is not a version)');
  return { postgresVersion, files: names.size, bytes };
}

function readHeader(header: Buffer): { name: string; size: number } {
  const stored = Number.parseInt(text(header, 148, 8), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  if (stored !== sum) throw new Error('the file is damaged (a tar header checksum does not match)');
  const prefix = text(header, 345, 155);
  const name = `${prefix ? `${prefix}/` : ''}${text(header, 0, 100)}`.replace(/^(\.?\/)+/, '');
  const type = String.fromCharCode(header[156] ?? 0);
  if (!ALLOWED_TYPES.has(type)) throw new Error(`not a Charla backup (${name} is not a plain file or folder)`);
  if (name.split('/').includes('..')) throw new Error(`not a Charla backup (${name} points outside the folder)`);
  const size = Number.parseInt(text(header, 124, 12) || '0', 8);
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`the file is damaged (the size of ${name})`);
  return { name: name.replace(/\/$/, ''), size };
}

function text(header: Buffer, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return field
    .subarray(0, end < 0 ? length : end)
    .toString('utf8')
    .trim();
}
