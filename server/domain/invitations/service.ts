import type { Selectable } from 'kysely';
import type { Language, Role } from '../../../protocol/common.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { withTransaction } from '../../db/index.ts';
import type { InvitationsTable } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { hashSecret, randomSecret } from '../../lib/secrets.ts';
import { daysFromNow } from '../../lib/time.ts';
import { createTeammate, findTeammateByEmail } from '../teammates/service.ts';

export type InvitationRow = Selectable<InvitationsTable>;

/**
 * The link token names its workspace (`<workspace>.<secret>`); only the secret's hash is stored. An email with
 * an open invitation is refused rather than given a new link: the link already sent would silently stop working.
 */
export async function createInvitation(
  db: Db,
  input: { workspaceId: string; email: string; role: Role; invitedBy: number; ttlDays: number },
): Promise<{ row: InvitationRow; token: string }> {
  if (await findTeammateByEmail(db, input.workspaceId, input.email)) {
    throw new AppError('teammate_exists', `${input.email} is already a teammate`, { field: 'email' });
  }
  if (await hasOpenInvitation(db, input.workspaceId, input.email)) {
    throw new AppError('invitation_exists', `${input.email} has an open invitation; revoke it to make a new link`, {
      field: 'email',
    });
  }
  const secret = randomSecret();
  const row = await db
    .insertInto('invitations')
    .values({
      workspace_id: input.workspaceId,
      email: input.email,
      role: input.role,
      token_hash: hashSecret(secret),
      invited_by: input.invitedBy,
      expires_at: daysFromNow(input.ttlDays),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row, token: `${input.workspaceId}.${secret}` };
}

async function hasOpenInvitation(db: Db, workspaceId: string, email: string): Promise<boolean> {
  const open = await db
    .selectFrom('invitations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  return open !== undefined;
}

export async function listOpenInvitations(db: Db, workspaceId: string): Promise<InvitationRow[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeInvitation(db: Db, workspaceId: string, id: number): Promise<void> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound('invitation_not_found', 'Invitation not found');
}

/** An open invitation by its link token, or 404 (unknown, expired, used or revoked look the same). */
export async function findOpenInvitation(db: Db, token: string): Promise<InvitationRow> {
  const match = /^([a-z0-9]{1,40})\.([A-Za-z0-9_-]{20,})$/.exec(token);
  const row =
    match?.[1] && match[2]
      ? await db
          .selectFrom('invitations')
          .selectAll()
          .where('workspace_id', '=', match[1])
          .where('token_hash', '=', hashSecret(match[2]))
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', new Date())
          .executeTakeFirst()
      : undefined;
  if (!row) throw notFound('invitation_not_found', 'This invitation link is not valid any more');
  return row;
}

export async function acceptInvitation(
  db: Db,
  token: string,
  input: { name: string; password: string; language?: Language },
): Promise<TeammateRow> {
  return withTransaction(db, async (trx) => {
    const invitation = await findOpenInvitation(trx, token);
    const teammate = await createTeammate(trx, {
      workspaceId: invitation.workspace_id,
      email: invitation.email,
      name: input.name,
      role: invitation.role,
      password: input.password,
      language: input.language,
    });
    await trx
      .updateTable('invitations')
      .set({ accepted_at: new Date() })
      .where('workspace_id', '=', invitation.workspace_id)
      .where('id', '=', invitation.id)
      .execute();
    return teammate;
  });
}
