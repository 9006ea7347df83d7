import type { Db } from '../db/index.ts';
import type { EventBus } from './bus.ts';
import { type NewEvent, recordEvents } from './outbox.ts';

export type Emit = (event: NewEvent) => void;

/**
 * One unit of work: runs `work` in a transaction and records the events it emitted in the same
 * transaction (outbox). After the commit the relay numbers and publishes them; nothing is pushed for a
 * rolled-back change, and a crash after the commit only delays the push (the relay picks them up).
 */
export async function transact<T>(
  context: { db: Db; eventBus: EventBus },
  workspaceId: string,
  work: (trx: Db, emit: Emit) => Promise<T>,
): Promise<T> {
  let emitted = 0;
  const result = await context.db.transaction().execute(async (trx) => {
    const pending: NewEvent[] = [];
    const result = await work(trx, (event) => pending.push(event));
    await recordEvents(trx, workspaceId, pending);
    emitted = pending.length;
    return result;
  });
  // A change that emitted nothing has nothing to number or push.
  if (emitted > 0) await context.eventBus.flush();
  return result;
}
