import { createHmac } from 'node:crypto';
import type { MessengerBootRequest } from '../../../protocol/messenger.ts';
import { type Db, isUniqueViolation, type WorkspaceRow } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { type Emit, transact } from '../../events/transact.ts';
import { randomSecret, safeEqual } from '../../lib/secrets.ts';
import { createVisitorSession, deleteVisitorSession, findVisitorSession } from '../../realtime/visitor-sessions.ts';
import { type ContactRow, emitContact } from '../contacts/service.ts';
import type { Services } from '../conversations/context.ts';
import type { MessengerSettingsRow } from './settings.ts';

type Identity = Pick<MessengerBootRequest, 'user_id' | 'email' | 'name' | 'user_hash' | 'custom_attributes'>;

export interface VisitorIdentity {
  contact: ContactRow;
  token: string;
}

/** Intercom's identity verification: hex HMAC-SHA256 of user_id (or, without one, email) with the secret. */
export function expectedUserHash(secret: string, identity: Pick<Identity, 'user_id' | 'email'>): string {
  return createHmac('sha256', secret)
    .update(identity.user_id ?? identity.email ?? '')
    .digest('hex');
}

function verifyIdentity(workspace: WorkspaceRow, settings: MessengerSettingsRow, identity: Identity): void {
  if (!settings.identityVerification) return;
  if (!identity.user_hash) {
    throw new AppError('unauthorized', 'Identity verification is on: send user_hash with user_id or email', {
      field: 'user_hash',
    });
  }
  if (!safeEqual(identity.user_hash.toLowerCase(), expectedUserHash(workspace.identity_secret, identity))) {
    throw new AppError('unauthorized', 'user_hash does not match user_id or email', { field: 'user_hash' });
  }
}

function liveContacts(trx: Db, workspaceId: string) {
  return trx.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null);
}

async function findUser(trx: Db, workspaceId: string, identity: Identity): Promise<ContactRow | undefined> {
  if (identity.user_id) {
    return liveContacts(trx, workspaceId).where('external_id', '=', identity.user_id).executeTakeFirst();
  }
  return liveContacts(trx, workspaceId)
    .where('role', '=', 'user')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', identity.email?.toLowerCase() ?? ''))
    .orderBy('id')
    .executeTakeFirst();
}

/** The lead's conversations and events become the user's; the lead is removed. */
async function mergeLeadInto(trx: Db, emit: Emit, lead: ContactRow, user: ContactRow): Promise<void> {
  const key = { workspace_id: lead.workspace_id, lead: lead.id };
  await trx
    .updateTable('conversations')
    .set({ contact_id: user.id, source_author_type: 'user', source_author_id: String(user.id) })
    .where('workspace_id', '=', key.workspace_id)
    .where('contact_id', '=', key.lead)
    .where('source_author_type', '=', 'lead')
    .execute();
  await trx
    .updateTable('conversations')
    .set({ contact_id: user.id })
    .where('workspace_id', '=', key.workspace_id)
    .where('contact_id', '=', key.lead)
    .execute();
  await trx
    .updateTable('conversation_parts')
    .set({ author_type: 'user', author_id: String(user.id) })
    .where('workspace_id', '=', key.workspace_id)
    .where('author_type', '=', 'lead')
    .where('author_id', '=', String(key.lead))
    .execute();
  await trx
    .updateTable('contact_events')
    .set({ contact_id: user.id })
    .where('workspace_id', '=', key.workspace_id)
    .where('contact_id', '=', key.lead)
    .execute();
  await trx
    .deleteFrom('visitor_sessions')
    .where('workspace_id', '=', key.workspace_id)
    .where('contact_id', '=', key.lead)
    .execute();
  const removed = await trx
    .updateTable('contacts')
    .set({ deleted_at: new Date(), visitor_id: null, updated_at: new Date() })
    .where('workspace_id', '=', key.workspace_id)
    .where('id', '=', key.lead)
    .returningAll()
    .executeTakeFirstOrThrow();
  emitContact(emit, 'contact.deleted', removed);
}

function profileColumns(identity: Identity, current?: ContactRow) {
  const attributes = identity.custom_attributes && {
    ...(current?.custom_attributes ?? {}),
    ...identity.custom_attributes,
  };
  return {
    ...(identity.name === undefined ? {} : { name: identity.name }),
    ...(identity.email === undefined ? {} : { email: identity.email.toLowerCase() }),
    ...(attributes ? { custom_attributes: JSON.stringify(attributes) } : {}),
    last_seen_at: new Date(),
    updated_at: new Date(),
  };
}

async function saveContact(trx: Db, emit: Emit, contact: ContactRow, columns: Record<string, unknown>) {
  const updated = await trx
    .updateTable('contacts')
    .set(columns)
    .where('workspace_id', '=', contact.workspace_id)
    .where('id', '=', contact.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  emitContact(emit, 'contact.updated', updated);
  return updated;
}

async function identifyUser(
  trx: Db,
  emit: Emit,
  workspaceId: string,
  identity: Identity,
  current: ContactRow | undefined,
): Promise<ContactRow> {
  const user = await findUser(trx, workspaceId, identity);
  const ids = { ...(identity.user_id ? { external_id: identity.user_id } : {}) };
  if (user) {
    if (current && current.id !== user.id && current.role === 'lead') await mergeLeadInto(trx, emit, current, user);
    return saveContact(trx, emit, user, { ...profileColumns(identity, user), ...ids, role: 'user' });
  }
  if (current?.role === 'lead') {
    // The visitor's lead becomes the user, history and all.
    return saveContact(trx, emit, current, {
      ...profileColumns(identity, current),
      ...ids,
      role: 'user',
      visitor_id: null,
    });
  }
  const created = await trx
    .insertInto('contacts')
    .values({
      workspace_id: workspaceId,
      role: 'user',
      ...ids,
      ...profileColumns(identity),
      custom_attributes: JSON.stringify(identity.custom_attributes ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  emitContact(emit, 'contact.created', created);
  return created;
}

async function createLead(trx: Db, emit: Emit, workspaceId: string, identity: Identity): Promise<ContactRow> {
  const lead = await trx
    .insertInto('contacts')
    .values({
      workspace_id: workspaceId,
      role: 'lead',
      visitor_id: randomSecret(12),
      ...profileColumns(identity),
      custom_attributes: JSON.stringify(identity.custom_attributes ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  emitContact(emit, 'contact.created', lead);
  return lead;
}

async function sessionContact(db: Db, workspaceId: string, token: string | undefined) {
  if (!token) return undefined;
  const session = await findVisitorSession(db, token);
  if (!session || session.workspaceId !== workspaceId) return undefined;
  return liveContacts(db, workspaceId).where('id', '=', session.contactId).executeTakeFirst();
}

/**
 * Who is at the messenger: the browser's visitor token names a lead or user; `user_id`/`email` identify a
 * user (verified by `user_hash` when the workspace requires it), taking over the lead's history. A new
 * token is handed out whenever the contact changes; an anonymous first visit becomes a lead.
 */
export async function identifyVisitor(
  services: Services,
  workspace: WorkspaceRow,
  settings: MessengerSettingsRow,
  input: Identity & { visitor_token?: string },
): Promise<VisitorIdentity> {
  const isIdentified = Boolean(input.user_id || input.email);
  if (isIdentified) verifyIdentity(workspace, settings, input);
  const current = await sessionContact(services.db, workspace.id, input.visitor_token);
  const attempt = () =>
    transact(services, workspace.id, async (trx, emit) => {
      if (!isIdentified) {
        return current
          ? saveContact(trx, emit, current, profileColumns(input, current))
          : createLead(trx, emit, workspace.id, input);
      }
      const sameUser =
        current?.role === 'user' &&
        (input.user_id
          ? current.external_id === input.user_id
          : current.email?.toLowerCase() === input.email?.toLowerCase());
      if (sameUser && current) return saveContact(trx, emit, current, profileColumns(input, current));
      return identifyUser(trx, emit, workspace.id, input, current);
    });
  // Two first boots of one new user at once: the loser finds the winner's contact.
  const contact = await attempt().catch((error: unknown) => {
    if (isUniqueViolation(error)) return attempt();
    throw error;
  });
  // The same person as before keeps the token; anyone else (a lead now identified, another user) gets a new
  // one, and the old one stops working.
  if (input.visitor_token && current?.id === contact.id && current.role === contact.role) {
    return { contact, token: input.visitor_token };
  }
  if (input.visitor_token && current) await deleteVisitorSession(services.db, input.visitor_token);
  return { contact, token: await createVisitorSession(services.db, workspace.id, contact.id) };
}
