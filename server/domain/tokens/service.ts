import type { Selectable } from 'kysely';
import type { Db } from '../../db/index.ts';
import type { AccessTokensTable } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { hashSecret, randomSecret } from '../../lib/secrets.ts';

export type AccessTokenRow = Selectable<AccessTokensTable>;

const TOKEN_PREFIX = 'charla';

/**
 * Creates a bearer token acting as `teammateId`. The token names its workspace
 * (`charla_<workspace>_<secret>`) so a lookup never leaves that workspace; only a hash is stored.
 */
export async function createAccessToken(
  db: Db,
  input: { workspaceId: string; teammateId: number; name: string },
): Promise<{ row: AccessTokenRow; token: string }> {
  const token = `${TOKEN_PREFIX}_${input.workspaceId}_${randomSecret()}`;
  const row = await db
    .insertInto('access_tokens')
    .values({
      workspace_id: input.workspaceId,
      name: input.name,
      token_hash: hashSecret(token),
      last_four: token.slice(-4),
      teammate_id: input.teammateId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row, token };
}

export function workspaceIdOfToken(token: string): string | undefined {
  const match = /^charla_([a-z0-9]{1,40})_[A-Za-z0-9_-]{20,}$/.exec(token);
  return match?.[1];
}

export async function listAccessTokens(db: Db, workspaceId: string): Promise<AccessTokenRow[]> {
  return db
    .selectFrom('access_tokens')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeAccessToken(db: Db, workspaceId: string, id: number): Promise<void> {
  const revoked = await db
    .updateTable('access_tokens')
    .set({ revoked_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (revoked.numUpdatedRows === 0n) throw notFound('token_not_found', 'Access token not found');
}
