import type { Db } from '../db/index.ts';
import type { EventBus } from './bus.ts';
import { type NewEvent, recordEvents, type StoredEvent } from './outbox.ts';

export type Emit = (event: NewEvent) => void;

/**
 * One unit of work: runs `work` in a transaction, records the events it emitted in the same transaction
 * (outbox), and publishes them only after the commit. Nothing is pushed for a rolled-back change.
 */
export async function transact<T>(
  context: { db: Db; eventBus: EventBus },
  workspaceId: string,
  work: (trx: Db, emit: Emit) => Promise<T>,
): Promise<T> {
  const { result, stored } = await context.db.transaction().execute(async (trx) => {
    const pending: NewEvent[] = [];
    const result = await work(trx, (event) => pending.push(event));
    const stored: StoredEvent[] = await recordEvents(trx, workspaceId, pending);
    return { result, stored };
  });
  context.eventBus.publish(stored);
  return result;
}
