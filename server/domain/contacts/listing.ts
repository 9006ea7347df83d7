import { type Expression, expressionBuilder, type SqlBool, sql } from 'kysely';
import type { ContactList } from '../../../protocol/contacts.ts';
import type { Db } from '../../db/index.ts';
import type { DB } from '../../db/schema.ts';
import { cursorMicros, isAfterCursor, presentPages, readCursor } from '../search/pagination.ts';
import { compileSearchQuery } from '../search/query.ts';
import { resolveContactField } from './fields.ts';
import { presentContactList } from './presenter.ts';

export interface ContactPageRequest {
  perPage: number;
  startingAfter?: string | null;
  /** Where the cursor came from, named in its error: `starting_after` or `pagination.starting_after`. */
  cursorField?: string;
}

const createdAt = sql.ref<Date>('contacts.created_at');
const contactId = sql.ref<number>('contacts.id');

/** One page of the workspace's live contacts matching `condition`, newest first. */
async function pageOfContacts(
  db: Db,
  workspaceId: string,
  page: ContactPageRequest,
  condition: Expression<SqlBool> = sql<SqlBool>`true`,
): Promise<ContactList> {
  const cursor = page.startingAfter ? readCursor(page.startingAfter, page.cursorField) : undefined;
  const afterCursor = cursor ? isAfterCursor(createdAt, contactId, cursor) : sql<SqlBool>`true`;
  const matching = db
    .selectFrom('contacts')
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .where(condition);
  const [rows, counts] = await Promise.all([
    matching
      .selectAll()
      .select(cursorMicros(createdAt).as('cursor_micros'))
      .where(afterCursor)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.perPage + 1)
      .execute(),
    matching
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        sql<number>`count(*) filter (where not ${afterCursor})`.as('before'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const shown = rows.slice(0, page.perPage);
  const last = shown.at(-1);
  const next = rows.length > page.perPage && last ? { micros: last.cursor_micros, id: last.id } : undefined;
  const totalCount = Number(counts.total);
  const pages = presentPages({ perPage: page.perPage, totalCount, before: Number(counts.before), next });
  return presentContactList(
    shown.map(({ cursor_micros: _, ...row }) => row),
    totalCount,
    pages,
  );
}

export function listContacts(db: Db, workspaceId: string, page: ContactPageRequest): Promise<ContactList> {
  return pageOfContacts(db, workspaceId, page);
}

/** Intercom's contact search; a malformed query is a 400 before anything runs. */
export async function searchContacts(
  db: Db,
  workspaceId: string,
  query: unknown,
  page: ContactPageRequest,
): Promise<ContactList> {
  const condition = compileSearchQuery(expressionBuilder<DB, 'contacts'>(), query, resolveContactField);
  return pageOfContacts(db, workspaceId, page, condition);
}
