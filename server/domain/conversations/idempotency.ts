import type { Db } from '../../db/index.ts';

/**
 * Claims `key` for `actor` inside the caller's transaction. Returns the resource a previous send with
 * the same key created, or undefined when this send is the first. A concurrent retry blocks on the
 * primary key until the first transaction ends, then sees its result: never two writes.
 */
export async function claimIdempotencyKey(
  trx: Db,
  workspaceId: string,
  actor: string,
  key: string | undefined,
): Promise<{ resourceType: string; resourceId: number } | undefined> {
  if (!key) return undefined;
  const claimed = await trx
    .insertInto('idempotency_keys')
    .values({ workspace_id: workspaceId, actor, key, resource_type: 'pending', resource_id: 0 })
    .onConflict((oc) => oc.columns(['workspace_id', 'actor', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (claimed) return undefined;
  const existing = await trx
    .selectFrom('idempotency_keys')
    .select(['resource_type', 'resource_id'])
    .where('workspace_id', '=', workspaceId)
    .where('actor', '=', actor)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return { resourceType: existing.resource_type, resourceId: existing.resource_id };
}

export async function completeIdempotencyKey(
  trx: Db,
  workspaceId: string,
  actor: string,
  key: string | undefined,
  resource: { type: string; id: number },
): Promise<void> {
  if (!key) return;
  await trx
    .updateTable('idempotency_keys')
    .set({ resource_type: resource.type, resource_id: resource.id })
    .where('workspace_id', '=', workspaceId)
    .where('actor', '=', actor)
    .where('key', '=', key)
    .execute();
}
