import type pg from 'pg';

/** Where the raw baseline writes: a workspace of its own, with its Customer ticket type and two states. */
export interface RawTicketTarget {
  workspaceId: string;
  typeId: number;
  states: Record<'submitted' | 'in_progress', number>;
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
}

/**
 * A ticket's essential writes in one transaction of plain SQL: its conversation, its row (numbered from the
 * workspace's counter in the same statement) and the link to the conversation it came from. Returns its id.
 */
export function createRawTicket(
  pool: pg.Pool,
  target: RawTicketTarget,
  from: { conversationId: number; contactId: number },
  title: string,
): Promise<number> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO conversations (workspace_id, contact_id, title, source_type, source_delivered_as, source_author_type,
         source_author_id, source_body, ticket_state, last_part_preview, last_part_author_type)
       VALUES ($1, $2, $3, 'ticket', 'admin_initiated', 'admin', '0', $3, 'submitted', $3, 'admin')
       RETURNING id`,
      [target.workspaceId, from.contactId, title],
    );
    const ticketId = Number(rows[0]?.id);
    await client.query(
      `WITH counter AS (
         INSERT INTO ticket_counters (workspace_id, last_number) VALUES ($1, 1)
         ON CONFLICT (workspace_id) DO UPDATE SET last_number = ticket_counters.last_number + 1
         RETURNING last_number)
       INSERT INTO tickets (workspace_id, conversation_id, ticket_number, ticket_type_id, ticket_state_id, category,
         title, description, is_shared)
       SELECT $1, $2, last_number, $3, $4, 'Customer', $5, $5, true FROM counter`,
      [target.workspaceId, ticketId, target.typeId, target.states.submitted, title],
    );
    await client.query('INSERT INTO ticket_links (workspace_id, ticket_id, conversation_id) VALUES ($1, $2, $3)', [
      target.workspaceId,
      ticketId,
      from.conversationId,
    ]);
    return ticketId;
  });
}

/** A state change's essential writes: the ticket's state, the customer's notice part, the conversation. */
export function changeRawTicketState(
  pool: pg.Pool,
  target: RawTicketTarget,
  ticketId: number,
  category: 'submitted' | 'in_progress',
): Promise<void> {
  return inTransaction(pool, async (client) => {
    await client.query(
      'UPDATE tickets SET ticket_state_id = $3, updated_at = now() WHERE workspace_id = $1 AND conversation_id = $2',
      [target.workspaceId, ticketId, target.states[category]],
    );
    await client.query(
      `INSERT INTO conversation_parts (workspace_id, conversation_id, part_type, author_type, body, is_public, state,
         metadata)
       VALUES ($1, $2, 'ticket_state_updated', 'bot', $3, true, 'open', $4)`,
      [target.workspaceId, ticketId, `Your ticket is now: ${category}`, JSON.stringify({ ticket_state: category })],
    );
    await client.query(
      `UPDATE conversations SET ticket_state = $3, last_part_at = now(), parts_count = parts_count + 1,
         updated_at = now()
       WHERE workspace_id = $1 AND id = $2`,
      [target.workspaceId, ticketId, category],
    );
  });
}
