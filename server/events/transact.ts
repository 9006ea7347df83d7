import type { Db } from '../db/index.ts';
import { AlreadySent, firstSendOf } from '../domain/conversations/idempotency.ts';
import type { EventBus } from './bus.ts';
import { type KeyClaim, type NewEvent, recordEvents, recordEventsClaimingKey } from './outbox.ts';

export type Emit = (event: NewEvent) => void;

/**
 * Claims an idempotency key as the transaction's last write (with its events, in one statement). If the key is
 * taken the transaction rolls back and throws `AlreadySent` with the first send's resource. A missing key
 * claims nothing.
 */
export type ClaimKey = (claim: Omit<KeyClaim, 'key'> & { key: string | undefined }) => void;

/**
 * One unit of work: runs `work` in a transaction and records the events it emitted in the same
 * transaction (outbox). After the commit the relay numbers and publishes them; nothing is pushed for a
 * rolled-back change, and a crash after the commit only delays the push (the relay picks them up).
 */
export async function transact<T>(
  context: { db: Db; eventBus: EventBus },
  workspaceId: string,
  work: (trx: Db, emit: Emit, claimKey: ClaimKey) => Promise<T>,
): Promise<T> {
  let emitted = 0;
  const result = await context.db.transaction().execute(async (trx) => {
    const pending: NewEvent[] = [];
    let claim: KeyClaim | undefined;
    const result = await work(
      trx,
      (event) => pending.push(event),
      ({ key, ...rest }) => {
        claim = key ? { key, ...rest } : undefined;
      },
    );
    if (claim && !(await recordEventsClaimingKey(trx, workspaceId, pending, claim)))
      throw new AlreadySent(await firstSendOf(trx, workspaceId, claim));
    if (!claim) await recordEvents(trx, workspaceId, pending);
    emitted = pending.length;
    return result;
  });
  // A change that emitted nothing has nothing to number or push.
  if (emitted > 0) await context.eventBus.flush();
  return result;
}
