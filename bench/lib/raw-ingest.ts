import pg from 'pg';

export interface IngestTarget {
  workspaceId: string;
  conversations: { id: number; contactId: number }[];
}

/** Runs one loop per sender, each making `perSender` calls of `send(sender, k)` in turn; returns elapsed ms. */
export async function runConcurrently(
  senders: number,
  perSender: number,
  send: (sender: number, k: number) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async (_, sender) => {
      for (let k = 0; k < perSender; k++) await send(sender, k);
    }),
  );
  return performance.now() - started;
}

/**
 * The raw baseline both ingest benchmarks compare against: node-postgres writing the same rows a customer
 * message writes (INSERT part + UPDATE conversation, one transaction each) at the same concurrency.
 */
export async function measureRawIngest(databaseUrl: string, data: IngestTarget, perSender: number) {
  const senders = data.conversations.length;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 16 });
  const latencies: number[] = [];
  const write = async (sender: number, k: number) => {
    const conversation = data.conversations[sender];
    const started = performance.now();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO conversation_parts (workspace_id, conversation_id, part_type, author_type, author_id, body, is_public, state)
         VALUES ($1, $2, 'comment', 'user', $3, $4, true, 'open')`,
        [data.workspaceId, conversation?.id, String(conversation?.contactId), `raw-${sender}-${k}`],
      );
      await client.query(
        `UPDATE conversations SET last_part_at = now(), parts_count = parts_count + 1, updated_at = now()
         WHERE workspace_id = $1 AND id = $2`,
        [data.workspaceId, conversation?.id],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    latencies.push(performance.now() - started);
  };
  await runConcurrently(senders, 3, write);
  latencies.length = 0;
  const elapsed = await runConcurrently(senders, perSender, write);
  await pool.end();
  return { elapsed, latencies };
}
