import type { Db } from '../../db/index.ts';

/** Thrown inside a transaction when its idempotency key was used already: the transaction rolls back. */
export class AlreadySent extends Error {
  readonly resourceId: number;

  constructor(resourceId: number) {
    super('already sent');
    this.resourceId = resourceId;
  }
}

/**
 * Records `key` for `actor` as the last write of the sending transaction, with what it created. If the
 * key is taken — by an earlier send, or by a concurrent one, whose commit this insert waits for — it
 * throws `AlreadySent` with the first send's resource, so this transaction writes nothing.
 */
export async function recordIdempotencyKey(
  trx: Db,
  workspaceId: string,
  actor: string,
  key: string | undefined,
  resource: { type: string; id: number },
): Promise<void> {
  if (!key) return;
  const recorded = await trx
    .insertInto('idempotency_keys')
    .values({ workspace_id: workspaceId, actor, key, resource_type: resource.type, resource_id: resource.id })
    .onConflict((oc) => oc.columns(['workspace_id', 'actor', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (recorded) return;
  throw new AlreadySent(await firstSendOf(trx, workspaceId, { actor, key }));
}

/** What the first send with this key created (its row is committed: the claim that found it waited for it). */
export async function firstSendOf(trx: Db, workspaceId: string, claim: { actor: string; key: string }) {
  const first = await trx
    .selectFrom('idempotency_keys')
    .select('resource_id')
    .where('workspace_id', '=', workspaceId)
    .where('actor', '=', claim.actor)
    .where('key', '=', claim.key)
    .executeTakeFirstOrThrow();
  return first.resource_id;
}

/** Runs a send; when it turns out to be a retry, answers the first send's resource instead. */
export async function sendOnce(
  send: () => Promise<number>,
  firstResult: (resourceId: number) => number | Promise<number>,
) {
  try {
    return await send();
  } catch (error) {
    if (error instanceof AlreadySent) return firstResult(error.resourceId);
    throw error;
  }
}
