import type { Db, TeammateRow } from '../../db/index.ts';
import { AppError, forbidden } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { ContactRow } from './rows.ts';

/**
 * The teammate a write is made as. A signed-in teammate always acts as themself; a bearer token may act
 * as any active teammate of its workspace through `admin_id`, as with Intercom's API.
 */
export async function resolveActingAdmin(db: Db, actor: Actor, adminId: string | undefined): Promise<TeammateRow> {
  if (adminId === undefined || adminId === String(actor.teammate.id)) return actor.teammate;
  if (actor.via === 'session') throw forbidden('You can only act as yourself');
  const teammate = await db
    .selectFrom('teammates')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', Number(adminId))
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
  if (!teammate)
    throw new AppError('parameter_invalid', `admin_id: no active teammate ${adminId}`, { field: 'admin_id' });
  return teammate;
}

export interface ContactReference {
  intercom_user_id?: string;
  user_id?: string;
  email?: string;
}

/** The contact a customer reply comes from: by Charla id, external id (`user_id`) or email. */
export async function findReplyingContact(db: Db, workspaceId: string, ref: ContactReference): Promise<ContactRow> {
  let query = db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null);
  if (ref.intercom_user_id) query = query.where('id', '=', Number(ref.intercom_user_id));
  else if (ref.user_id) query = query.where('external_id', '=', ref.user_id);
  else if (ref.email) query = query.where((eb) => eb(eb.fn('lower', ['email']), '=', ref.email?.toLowerCase() ?? ''));
  else
    throw new AppError('parameter_not_found', 'intercom_user_id, user_id or email is required', {
      field: 'intercom_user_id',
    });
  const contact = await query.orderBy('id').executeTakeFirst();
  if (!contact) throw new AppError('contact_not_found', 'Contact not found');
  return contact;
}

export async function getLiveContact(db: Db, workspaceId: string, id: number): Promise<ContactRow> {
  return findReplyingContact(db, workspaceId, { intercom_user_id: String(id) });
}

/**
 * Whether `contact` — the conversation's own, read with its locked row — is the one `ref` names. Only the
 * unique references decide here (Charla id, external id); an email, or another contact, takes the lookup.
 */
export function isReferencedContact(contact: ContactRow | undefined, ref: ContactReference): contact is ContactRow {
  if (!contact || contact.deleted_at !== null) return false;
  if (ref.intercom_user_id) return String(contact.id) === ref.intercom_user_id;
  if (ref.user_id) return contact.external_id === ref.user_id;
  return false;
}
