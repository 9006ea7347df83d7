import { type Expression, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { CursorPages } from '../../../protocol/search.ts';
import { AppError } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';

/**
 * Keyset pagination, newest first, over (a timestamp, id). The cursor holds the last row's timestamp in
 * whole microseconds and its id, so no row is skipped or repeated even when several share a timestamp.
 */
export interface Cursor {
  micros: string;
  id: number;
}

export function readCursor(raw: string, field = 'starting_after'): Cursor {
  const [micros, id] = decodeCursor(raw, 2, field);
  if (typeof micros !== 'string' || !/^-?\d{1,17}$/.test(micros) || typeof id !== 'number' || !(id > 0)) {
    throw new AppError('parameter_invalid', `${field}: not a cursor this API gave out`, { field });
  }
  return { micros, id };
}

/** The sort timestamp in whole microseconds, to select beside each row and build its cursor from. */
export function cursorMicros(timestamp: Expression<Date>): RawBuilder<string> {
  return sql<string>`(extract(epoch from ${timestamp}) * 1000000)::bigint::text`;
}

/** Rows after the cursor in newest-first order. An integer times one microsecond is exact. */
export function isAfterCursor(
  timestamp: Expression<Date>,
  id: Expression<number>,
  cursor: Cursor,
): RawBuilder<SqlBool> {
  const at = sql`(timestamptz 'epoch' + ${cursor.micros}::bigint * interval '1 microsecond')`;
  return sql<SqlBool>`(${timestamp}, ${id}) < (${at}, ${cursor.id}::bigint)`;
}

/** Intercom's `pages`; `next` only when more rows follow, which is how clients (and the SDK's pager) stop. */
export function presentPages(input: {
  perPage: number;
  totalCount: number;
  /** Rows on earlier pages. */
  before: number;
  next: Cursor | undefined;
}): CursorPages {
  const { perPage, totalCount, before, next } = input;
  return {
    type: 'pages',
    page: Math.floor(before / perPage) + 1,
    per_page: perPage,
    total_pages: Math.ceil(totalCount / perPage),
    ...(next ? { next: { per_page: perPage, starting_after: encodeCursor([next.micros, next.id]) } } : {}),
  };
}

/** A filtered query over one table, newest first by (`timestamp`, id), that `fetchKeysetPage` pages through. */
// biome-ignore lint/suspicious/noExplicitAny: shared by every table that is listed with cursors.
type FilteredQuery = SelectQueryBuilder<any, any, any>;

/**
 * One page of `matching`, newest first by (`timestamp`, `id`): the rows, the total and Intercom's
 * `pages`. The counts run beside the page in parallel; `before` numbers the page.
 */
export async function fetchKeysetPage<Row>(
  matching: FilteredQuery,
  order: { timestamp: Expression<Date>; id: Expression<number>; column: string },
  page: { perPage: number; startingAfter?: string | null; cursorField?: string },
): Promise<{ rows: Row[]; totalCount: number; pages: CursorPages }> {
  const cursor = page.startingAfter ? readCursor(page.startingAfter, page.cursorField) : undefined;
  const afterCursor = cursor ? isAfterCursor(order.timestamp, order.id, cursor) : sql<SqlBool>`true`;
  const [rows, counts] = await Promise.all([
    matching
      .selectAll()
      .select(cursorMicros(order.timestamp).as('cursor_micros'))
      .where(afterCursor)
      .orderBy(order.column, 'desc')
      .orderBy('id', 'desc')
      .limit(page.perPage + 1)
      .execute(),
    matching
      .select([sql<number>`count(*)`.as('total'), sql<number>`count(*) filter (where not ${afterCursor})`.as('before')])
      .executeTakeFirstOrThrow(),
  ]);
  const shown = rows.slice(0, page.perPage) as (Row & { cursor_micros: string; id: number })[];
  const last = shown.at(-1);
  const next = rows.length > page.perPage && last ? { micros: last.cursor_micros, id: last.id } : undefined;
  const totalCount = Number(counts.total);
  return {
    rows: shown.map(({ cursor_micros: _, ...row }) => row as Row),
    totalCount,
    pages: presentPages({ perPage: page.perPage, totalCount, before: Number(counts.before), next }),
  };
}
