import path from 'node:path';

/** Linux allows 107 bytes in a unix socket address; stay a little under. */
const MAX_SOCKET_PATH_BYTES = 100;

/**
 * Where a server on the embedded database listens for backup requests: `<DATA_DIR>.sock`, beside the data
 * directory and not inside it (a socket inside would break the copy of the directory). Server and CLI both
 * use this; when the absolute path is too long for a socket, its path relative to the working directory.
 */
export function controlSocketPath(dataDir: string): string {
  const absolute = `${path.resolve(dataDir)}.sock`;
  if (Buffer.byteLength(absolute) <= MAX_SOCKET_PATH_BYTES) return absolute;
  const relative = path.relative(process.cwd(), absolute);
  if (Buffer.byteLength(relative) <= MAX_SOCKET_PATH_BYTES) return relative;
  throw new Error(`DATA_DIR is too long a path for the backup socket ${absolute}: use a shorter DATA_DIR`);
}
