import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDriver } from '../../test/database.ts';

describe.skipIf(testDriver !== 'postgres')('a PostgreSQL connection dropped while a transaction holds it', () => {
  let test: TestDatabase;
  const uncaught: Error[] = [];
  const record = (error: Error) => uncaught.push(error);

  beforeAll(async () => {
    test = await createTestDatabase();
    // Vitest would report the crash too; recording it lets the test say what happened.
    process.on('uncaughtException', record);
  });

  afterAll(async () => {
    process.off('uncaughtException', record);
    await test.drop();
  });

  it('fails that transaction instead of ending the process, and the pool serves again', async () => {
    const { db } = test.database;
    const attempt = db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      const pid = rows[0]?.pid;
      // The server ends this connection while the transaction waits on work outside the database.
      const admin = new pg.Client({ connectionString: test.url });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      // Wait until the client has seen the connection close, the moment an unheld 'error' event is raised.
      for (let tries = 0; tries < 500; tries++) {
        const still = await sql<{ alive: boolean }>`select true as alive`.execute(trx).catch(() => undefined);
        if (!still) throw new Error('connection gone');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    });
    await expect(attempt).rejects.toThrow();
    expect(uncaught).toEqual([]);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
