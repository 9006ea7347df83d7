import type { Selectable } from 'kysely';
import {
  CONTACT_MAX_CUSTOM_ATTRIBUTES,
  type CreateContactRequest,
  type UpdateContactRequest,
} from '../../../protocol/contacts.ts';
import type { EventTopic } from '../../../protocol/events.ts';
import { type Db, isUniqueViolation } from '../../db/index.ts';
import type { ContactsTable } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import type { EventBus } from '../../events/bus.ts';
import { type Emit, transact } from '../../events/transact.ts';
import { presentContact } from './presenter.ts';

export type ContactRow = Selectable<ContactsTable>;

/** What a write needs: the database and the bus its events are published on after commit (the app). */
export interface WriteContext {
  db: Db;
  eventBus: EventBus;
}

const contactNotFound = () => notFound('contact_not_found', 'Contact not found');

function liveContacts(db: Db, workspaceId: string) {
  return db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null);
}

/** A live (not deleted) contact of the workspace; anything else is `contact_not_found`. */
export async function getContact(db: Db, workspaceId: string, id: number): Promise<ContactRow> {
  const contact = await liveContacts(db, workspaceId).where('id', '=', id).executeTakeFirst();
  if (!contact) throw contactNotFound();
  return contact;
}

export function findContactByExternalId(
  db: Db,
  workspaceId: string,
  externalId: string,
): Promise<ContactRow | undefined> {
  return liveContacts(db, workspaceId).where('external_id', '=', externalId).executeTakeFirst();
}

/** Emails are not unique among contacts (leads share them): the oldest match wins. */
export function findContactByEmail(db: Db, workspaceId: string, email: string): Promise<ContactRow | undefined> {
  return liveContacts(db, workspaceId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

async function assertOwnerExists(db: Db, workspaceId: string, ownerId: number | null | undefined): Promise<void> {
  if (ownerId === null || ownerId === undefined) return;
  const owner = await db
    .selectFrom('teammates')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', ownerId)
    .executeTakeFirst();
  if (!owner) throw new AppError('parameter_invalid', `owner_id: no teammate ${ownerId}`, { field: 'owner_id' });
}

function externalIdConflict(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new AppError('conflict', 'A contact with this external_id exists', { field: 'external_id' });
  }
  throw error;
}

const fromUnix = (seconds: number | null | undefined) =>
  seconds === undefined ? undefined : seconds === null ? null : new Date(seconds * 1000);

/** The columns an Intercom create/update body sets; undefined leaves a column as it is. */
function contactColumns(input: UpdateContactRequest) {
  return {
    role: input.role,
    external_id: input.external_id,
    email: input.email,
    phone: input.phone,
    name: input.name,
    avatar: input.avatar,
    owner_id: input.owner_id,
    language: input.language_override,
    unsubscribed_from_emails: input.unsubscribed_from_emails,
    signed_up_at: fromUnix(input.signed_up_at),
    last_seen_at: fromUnix(input.last_seen_at),
  };
}

/** The agents' event for a contact change (the API's writes and the messenger's identification). */
export function emitContact(emit: Emit, topic: EventTopic, contact: ContactRow): void {
  emit({ topic, audience: 'agents', contactId: contact.id, data: { contact: presentContact(contact) } });
}

export async function createContact(
  context: WriteContext,
  workspaceId: string,
  input: CreateContactRequest,
): Promise<ContactRow> {
  return transact(context, workspaceId, async (trx, emit) => {
    await assertOwnerExists(trx, workspaceId, input.owner_id);
    const contact = await trx
      .insertInto('contacts')
      .values({
        ...contactColumns(input),
        workspace_id: workspaceId,
        role: input.role ?? 'user',
        custom_attributes: JSON.stringify(input.custom_attributes ?? {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    emitContact(emit, 'contact.created', contact);
    return contact;
  }).catch(externalIdConflict);
}

export async function updateContact(
  context: WriteContext,
  workspaceId: string,
  id: number,
  input: UpdateContactRequest,
): Promise<ContactRow> {
  return transact(context, workspaceId, async (trx, emit) => {
    const current = await liveContacts(trx, workspaceId).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw contactNotFound();
    await assertOwnerExists(trx, workspaceId, input.owner_id);
    const attributes = input.custom_attributes && { ...current.custom_attributes, ...input.custom_attributes };
    if (attributes && Object.keys(attributes).length > CONTACT_MAX_CUSTOM_ATTRIBUTES) {
      throw new AppError(
        'parameter_invalid',
        `custom_attributes: at most ${CONTACT_MAX_CUSTOM_ATTRIBUTES} per contact`,
        {
          field: 'custom_attributes',
        },
      );
    }
    const contact = await trx
      .updateTable('contacts')
      .set({
        ...contactColumns(input),
        custom_attributes: attributes && JSON.stringify(attributes),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    emitContact(emit, 'contact.updated', contact);
    return contact;
  }).catch(externalIdConflict);
}

/**
 * Blocks a contact: its messenger sessions end, and none works again (`findVisitorSession` refuses a blocked
 * contact). Blocking twice is the same as once.
 */
export async function blockContact(context: WriteContext, workspaceId: string, id: number): Promise<ContactRow> {
  return transact(context, workspaceId, async (trx, emit) => {
    const contact = await trx
      .updateTable('contacts')
      .set((eb) => ({ blocked_at: eb.fn.coalesce('blocked_at', eb.val(new Date())), updated_at: new Date() }))
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!contact) throw contactNotFound();
    await trx
      .deleteFrom('visitor_sessions')
      .where('workspace_id', '=', workspaceId)
      .where('contact_id', '=', id)
      .execute();
    emitContact(emit, 'contact.updated', contact);
    return contact;
  });
}

/** Soft delete: the row stays for the conversations that point at it, but the API no longer finds it. */
export async function deleteContact(context: WriteContext, workspaceId: string, id: number): Promise<ContactRow> {
  return transact(context, workspaceId, async (trx, emit) => {
    const contact = await trx
      .updateTable('contacts')
      .set({ deleted_at: new Date(), updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!contact) throw contactNotFound();
    emitContact(emit, 'contact.deleted', contact);
    return contact;
  });
}
