import { type Expression, expressionBuilder, type SqlBool, sql } from 'kysely';
import type { ContactList } from '../../../protocol/contacts.ts';
import type { Db } from '../../db/index.ts';
import type { DB } from '../../db/schema.ts';
import { fetchKeysetPage } from '../search/pagination.ts';
import { compileSearchQuery } from '../search/query.ts';
import { resolveContactField } from './fields.ts';
import { presentContactList } from './presenter.ts';
import type { ContactRow } from './service.ts';

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
  const matching = db
    .selectFrom('contacts')
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .where(condition);
  const { rows, totalCount, pages } = await fetchKeysetPage<ContactRow>(
    matching,
    { timestamp: createdAt, id: contactId, column: 'created_at' },
    page,
  );
  return presentContactList(rows, totalCount, pages);
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
