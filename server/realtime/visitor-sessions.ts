import type { Db } from '../db/index.ts';
import { hashSecret, randomSecret } from '../lib/secrets.ts';
import { daysFromNow } from '../lib/time.ts';

export interface VisitorSession {
  workspaceId: string;
  contactId: number;
  role: 'user' | 'lead';
}

/**
 * Starts a messenger session for a contact; returns its token `<workspace>.<secret>` (only a hash is kept),
 * which the visitor's socket presents as `auth.token`.
 */
export async function createVisitorSession(
  db: Db,
  workspaceId: string,
  contactId: number,
  ttlDays = 30,
): Promise<string> {
  const secret = randomSecret();
  await db
    .insertInto('visitor_sessions')
    .values({
      workspace_id: workspaceId,
      token_hash: hashSecret(secret),
      contact_id: contactId,
      expires_at: daysFromNow(ttlDays),
    })
    .execute();
  return `${workspaceId}.${secret}`;
}

/** The unexpired session of a token, while its contact exists and is not blocked; with the hash it is kept by. */
export async function findVisitorSession(
  db: Db,
  token: string,
): Promise<(VisitorSession & { tokenHash: string }) | undefined> {
  const match = /^([a-z0-9]{1,40})\.([A-Za-z0-9_-]{20,})$/.exec(token);
  if (!match?.[1] || !match[2]) return undefined;
  const row = await db
    .selectFrom('visitor_sessions')
    .innerJoin('contacts', (join) =>
      join
        .onRef('contacts.workspace_id', '=', 'visitor_sessions.workspace_id')
        .onRef('contacts.id', '=', 'visitor_sessions.contact_id'),
    )
    .select(['visitor_sessions.workspace_id', 'visitor_sessions.contact_id', 'contacts.role'])
    .where('visitor_sessions.workspace_id', '=', match[1])
    .where('visitor_sessions.token_hash', '=', hashSecret(match[2]))
    .where('visitor_sessions.expires_at', '>', new Date())
    .where('contacts.deleted_at', 'is', null)
    .where('contacts.blocked_at', 'is', null)
    .executeTakeFirst();
  return (
    row && { workspaceId: row.workspace_id, contactId: row.contact_id, role: row.role, tokenHash: hashSecret(match[2]) }
  );
}

/** Ends one messenger session (the browser became someone else, or forgot the user). */
export async function deleteVisitorSession(db: Db, token: string): Promise<void> {
  const [workspaceId, secret] = token.split('.');
  if (!workspaceId || !secret) return;
  await db
    .deleteFrom('visitor_sessions')
    .where('workspace_id', '=', workspaceId)
    .where('token_hash', '=', hashSecret(secret))
    .execute();
}
