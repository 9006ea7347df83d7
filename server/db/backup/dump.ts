import type { PGlite } from '@electric-sql/pglite';

/**
 * A consistent copy of the embedded database's data directory as a gzipped tarball. The copy is made while
 * no transaction is open and no statement runs (PGlite's transaction lock, then its query lock), so it holds
 * every committed transaction and nothing half done: PostgreSQL opens it as after a clean stop or a crash
 * (replaying the write-ahead log since the checkpoint just before). Writes wait while the files are read.
 */
export async function dumpEmbeddedDatabase(pglite: PGlite): Promise<Buffer> {
  // Flushes the shared buffers first, so little log is left to replay when the copy is opened.
  await pglite.exec('CHECKPOINT');
  const tarball = await pglite._runExclusiveTransaction(() => pglite.dumpDataDir('gzip'));
  return Buffer.from(await tarball.arrayBuffer());
}
