import { mkdir } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { ensureEmbeddedSecretKey } from '../lib/secret-key.ts';
import { type Database, openDatabase } from './database.ts';
import { migrate } from './migrate.ts';

/** Opens the configured database (PostgreSQL with DATABASE_URL, else PGlite under DATA_DIR) and migrates it. */
export async function openConfiguredDatabase(config: Config): Promise<{ database: Database; applied: string[] }> {
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  await ensureEmbeddedSecretKey(config);
  const database = await openDatabase(
    config.databaseUrl
      ? {
          databaseUrl: config.databaseUrl,
          poolSize: config.databasePoolSize,
          preparedStatements: config.databasePreparedStatements,
        }
      : { dataDir: config.dataDir },
  );
  const applied = await migrate(database);
  return { database, applied };
}
