import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../test/harness.ts';
import { migrate } from './migrate.ts';

const t = setupTestApp();

/** Tables that are not tenant data (see the migration's comments). */
const GLOBAL_TABLES = new Set(['workspaces', 'sign_in_failures', 'schema_migrations']);

describe('migrations', () => {
  it('are applied once: running again applies nothing', async () => {
    expect(await migrate(t.testDatabase.database)).toEqual([]);
  });

  it('give every tenant table workspace_id first in its primary key, unique constraints and foreign keys', async () => {
    const { rows } = await sql<{ table_name: string; constraint_type: string; columns: string[] }>`
      SELECT c.conrelid::regclass::text AS table_name,
             c.contype::text AS constraint_type,
             array_agg(a.attname::text ORDER BY k.ord) AS columns
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.connamespace = 'public'::regnamespace AND c.contype IN ('p', 'u', 'f')
      GROUP BY c.oid, c.conrelid, c.contype`.execute(t.db);
    const tenantConstraints = rows.filter((row) => !GLOBAL_TABLES.has(row.table_name));
    expect(tenantConstraints.length).toBeGreaterThan(10);
    for (const row of tenantConstraints) {
      expect(row.columns[0], `${row.table_name} ${row.constraint_type} (${row.columns})`).toBe('workspace_id');
    }
  });
});
