import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDriver } from '../../test/database.ts';
import { type Database, openDatabase } from './database.ts';

describe.skipIf(testDriver !== 'postgres')('hot statements prepared once per connection', () => {
  let test: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    test = await createTestDatabase();
    // One connection, so every statement below meets the same session.
    database = await openDatabase({ databaseUrl: test.url ?? '', poolSize: 1 });
  });

  afterAll(async () => {
    await database.close();
    await test.drop();
  });

  const prepared = async () => {
    const { rows } = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(
      database.db,
    );
    return rows.map((row) => row.statement);
  };

  it('names a parameterized statement after its first runs, and answers the same through it', async () => {
    const text = (n: number) => sql<{ n: number }>`SELECT ${n}::int + 1 AS n`;
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await text(i).execute(database.db)).rows[0]?.n);
    expect(answers).toEqual([1, 2, 3, 4, 5]);
    expect((await prepared()).filter((statement) => statement.includes('::int + 1 AS n'))).toHaveLength(1);
    // Statements without parameters (BEGIN, COMMIT, scripts) are never named.
    await sql`SELECT 42 AS unnamed`.execute(database.db);
    await sql`SELECT 42 AS unnamed`.execute(database.db);
    await sql`SELECT 42 AS unnamed`.execute(database.db);
    expect((await prepared()).some((statement) => statement.includes('unnamed'))).toBe(false);
  });

  it('keeps at most 200 per connection, however many different texts run', async () => {
    for (let i = 0; i < 260; i++) {
      // Each text three times: past the first runs, so each would be named without the cap.
      for (let k = 0; k < 3; k++) await sql`SELECT ${i}::int + ${sql.raw(String(i))} AS v`.execute(database.db);
    }
    expect((await prepared()).length).toBe(200);
    const { rows } = await sql<{ v: number }>`SELECT ${7}::int + ${sql.raw('259')} AS v`.execute(database.db);
    expect(rows[0]?.v).toBe(266);
  });

  it('fails once when a migration changes a table under a prepared statement, then runs it unprepared', async () => {
    await sql`CREATE TABLE reshaped (id int PRIMARY KEY, name text)`.execute(database.db);
    await sql`INSERT INTO reshaped VALUES (1, 'a')`.execute(database.db);
    const read = () => sql<{ id: number }>`SELECT * FROM reshaped WHERE id = ${1}`.execute(database.db);
    for (let i = 0; i < 4; i++) expect((await read()).rows).toEqual([{ id: 1, name: 'a' }]);
    await sql`ALTER TABLE reshaped ADD COLUMN extra text DEFAULT 'x'`.execute(database.db);
    // PostgreSQL refuses the prepared plan whose result changed shape ("cached plan must not change result type").
    const stale = await read().then(
      () => 'ran',
      (error: { code?: string }) => error.code,
    );
    expect(['ran', '0A000']).toContain(stale);
    for (let i = 0; i < 3; i++) expect((await read()).rows).toEqual([{ id: 1, name: 'a', extra: 'x' }]);
  });
});
