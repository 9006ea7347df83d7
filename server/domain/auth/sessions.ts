import type { Db } from '../../db/index.ts';
import { hashSecret, randomSecret } from '../../lib/secrets.ts';
import { daysFromNow } from '../../lib/time.ts';
import { workspaceIdOfToken } from '../tokens/service.ts';
import type { Actor } from './actor.ts';

export const SESSION_COOKIE = 'charla_session';
/** last_seen_at is refreshed at most this often, so reads do not write on every request. */
const TOUCH_AFTER_MS = 5 * 60_000;

/** The cookie value names its workspace (`<workspace>.<secret>`) so the lookup stays inside it. */
export async function createSession(
  db: Db,
  input: { workspaceId: string; teammateId: number; ttlDays: number; userAgent?: string },
): Promise<{ cookieValue: string; csrfToken: string; expiresAt: Date }> {
  const secret = randomSecret();
  const csrfToken = randomSecret(24);
  const expiresAt = daysFromNow(input.ttlDays);
  await db
    .insertInto('sessions')
    .values({
      workspace_id: input.workspaceId,
      token_hash: hashSecret(secret),
      teammate_id: input.teammateId,
      csrf_token: csrfToken,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      expires_at: expiresAt,
    })
    .execute();
  return { cookieValue: `${input.workspaceId}.${secret}`, csrfToken, expiresAt };
}

function splitCookie(value: string): { workspaceId: string; tokenHash: string } | undefined {
  const match = /^([a-z0-9]{1,40})\.([A-Za-z0-9_-]{20,})$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  return { workspaceId: match[1], tokenHash: hashSecret(match[2]) };
}

export async function findSessionActor(db: Db, cookieValue: string): Promise<Actor | undefined> {
  const parts = splitCookie(cookieValue);
  if (!parts) return undefined;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('teammates', (join) =>
      join
        .onRef('teammates.workspace_id', '=', 'sessions.workspace_id')
        .onRef('teammates.id', '=', 'sessions.teammate_id'),
    )
    .selectAll('teammates')
    .select(['sessions.csrf_token', 'sessions.last_seen_at as session_seen_at'])
    .where('sessions.workspace_id', '=', parts.workspaceId)
    .where('sessions.token_hash', '=', parts.tokenHash)
    .where('sessions.expires_at', '>', new Date())
    .where('teammates.deactivated_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { csrf_token, session_seen_at, ...teammate } = row;
  if (Date.now() - session_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date() })
      .where('workspace_id', '=', parts.workspaceId)
      .where('token_hash', '=', parts.tokenHash)
      .execute();
  }
  return {
    workspaceId: parts.workspaceId,
    teammate,
    via: 'session',
    session: { tokenHash: parts.tokenHash, csrfToken: csrf_token },
  };
}

export async function deleteSession(db: Db, workspaceId: string, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('workspace_id', '=', workspaceId).where('token_hash', '=', tokenHash).execute();
}

/** A bearer token acts as the teammate who created it, while that teammate is active. */
export async function findTokenActor(db: Db, token: string): Promise<Actor | undefined> {
  const workspaceId = workspaceIdOfToken(token);
  if (!workspaceId) return undefined;
  const tokenHash = hashSecret(token);
  const row = await db
    .selectFrom('access_tokens')
    .innerJoin('teammates', (join) =>
      join
        .onRef('teammates.workspace_id', '=', 'access_tokens.workspace_id')
        .onRef('teammates.id', '=', 'access_tokens.teammate_id'),
    )
    .selectAll('teammates')
    .select(['access_tokens.id as token_id', 'access_tokens.last_used_at as token_used_at'])
    .where('access_tokens.workspace_id', '=', workspaceId)
    .where('access_tokens.token_hash', '=', tokenHash)
    .where('access_tokens.revoked_at', 'is', null)
    .where('teammates.deactivated_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id, token_used_at, ...teammate } = row;
  if (!token_used_at || Date.now() - token_used_at.getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('access_tokens')
      .set({ last_used_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return { workspaceId, teammate, via: 'token', token: { id: token_id } };
}
