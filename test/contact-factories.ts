import type { Insertable } from 'kysely';
import type { Db } from '../server/db/index.ts';
import type { ContactsTable } from '../server/db/schema.ts';
import type { ContactRow } from '../server/domain/contacts/service.ts';
import { randomId } from '../server/lib/secrets.ts';

export type ContactOverrides = Partial<Omit<Insertable<ContactsTable>, 'workspace_id' | 'custom_attributes'>> & {
  custom_attributes?: Record<string, unknown>;
};

/** A contact inserted directly (no event, no validation): fast setup for tests that read contacts. */
export function buildContact(db: Db, workspaceId: string, overrides: ContactOverrides = {}): Promise<ContactRow> {
  const { custom_attributes, ...columns } = overrides;
  return db
    .insertInto('contacts')
    .values({
      email: `${randomId(6)}@example.com`,
      name: 'Test Contact',
      ...columns,
      workspace_id: workspaceId,
      custom_attributes: JSON.stringify(custom_attributes ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countContacts(db: Db, workspaceId?: string): Promise<number> {
  const row = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$if(workspaceId !== undefined, (qb) => qb.where('workspace_id', '=', workspaceId as string))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
